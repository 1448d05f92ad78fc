import { createContext, useContext } from 'react';
import type { BoardAction, BoardActionContext, KeyTrigger } from '../actions/board/types';

export interface BoardActions {
  readonly ctx: BoardActionContext;
  readonly run: (action: BoardAction, trigger?: KeyTrigger) => Promise<void>;
}

export const BoardActionsContext = createContext<BoardActions | null>(null);

export function useBoardActions(): BoardActions {
  const actions = useContext(BoardActionsContext);
  if (!actions) throw new Error('useBoardActions must be used inside <BoardActionsContext.Provider>');
  return actions;
}
