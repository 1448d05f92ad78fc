import { redoAction, undoAction } from './historyActions';
import type { Action } from './types';

/** Every declared action. Surfaces and the keyboard handler read this list only. */
export const actionRegistry: readonly Action[] = [undoAction, redoAction];
