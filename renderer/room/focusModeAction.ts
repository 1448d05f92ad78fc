import type { BoardAction } from '../actions/board/types';
import { focusModeOn, setFocusMode } from './focusMode';

/** Shift+F: F alone already fits the board to the window. */
export const focusModeAction: BoardAction = {
  id: 'view.focusMode',
  labelKey: 'board.actions.focusMode',
  shortcuts: ['Shift+F'],
  scope: 'page',
  group: 'view',
  surfaces: [],
  isEnabled: () => true,
  perform: () => setFocusMode(!focusModeOn()),
};
