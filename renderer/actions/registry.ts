import { redoAction } from './redoAction';
import type { Action } from './types';
import { undoAction } from './undoAction';

/** Every declared action. Surfaces and the keyboard handler read this list only. */
export const actionRegistry: readonly Action[] = [undoAction, redoAction];

export function findAction(id: string): Action | undefined {
  return actionRegistry.find((action) => action.id === id);
}
