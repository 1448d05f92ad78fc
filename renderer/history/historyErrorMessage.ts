import type { ApiFailure } from '../api/ApiFailure';
import { errorMessage } from '../i18n/describeError';
import type { Translate } from '../i18n/translate';
import { historyLabel } from './historyLabel';

function conflictOf(failure: ApiFailure): { method: string; direction: 'undo' | 'redo' } | null {
  if (failure.code !== 'undo_conflict' || typeof failure.details !== 'object' || failure.details === null) return null;
  const { method, direction } = failure.details as Record<string, unknown>;
  if (typeof method !== 'string' || (direction !== 'undo' && direction !== 'redo')) return null;
  return { method, direction };
}

/** A refused undo or redo names the step, so the user knows what did not come back. */
export function historyErrorMessage(t: Translate, failure: ApiFailure): string {
  const conflict = conflictOf(failure);
  if (!conflict) return errorMessage(t, failure);
  return t(`history.conflict.${conflict.direction}`, { what: historyLabel(t, conflict.method) });
}
