import { createContext, useContext } from 'react';
import type { Action, ActionContext } from './types';

export interface Actions {
  readonly ctx: ActionContext;
  readonly run: (action: Action) => Promise<void>;
}

export const ActionsContext = createContext<Actions | null>(null);

export function useActions(): Actions {
  const actions = useContext(ActionsContext);
  if (!actions) throw new Error('useActions must be used inside <ActionsProvider>');
  return actions;
}
