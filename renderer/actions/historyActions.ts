import { toApiFailure } from '../api/ApiFailure';
import { historyLabel } from '../history/historyLabel';
import { historyErrorMessage } from '../history/historyErrorMessage';
import type { Action } from './types';

/** Undo and redo differ only in direction; both are declared from this one shape. */
function historyStep(direction: 'undo' | 'redo', shortcuts: readonly string[]): Action {
  return {
    id: `history.${direction}`,
    labelKey: `actions.${direction}`,
    shortcuts,
    surfaces: ['header'],
    isEnabled: (ctx) => Boolean(ctx.history?.[direction]),
    describe: (ctx) => {
      const method = ctx.history?.[direction];
      return method ? ctx.t(`actions.${direction}What`, { what: historyLabel(ctx.t, method) }) : null;
    },
    async perform(ctx) {
      try {
        const step = await ctx.api.invoke(`history.${direction}`, { scope: ctx.scope });
        // The answer carries the new history state; use it before the refetch lands.
        ctx.historyChanged(step.state);
        ctx.notify({ message: (t) => t(direction === 'undo' ? 'history.undone' : 'history.redone', { what: historyLabel(t, step.method) }) });
      } catch (failure) {
        ctx.notify({ tone: 'error', message: (t) => historyErrorMessage(t, toApiFailure(failure)) });
      }
    },
  };
}

export const undoAction = historyStep('undo', ['Mod+Z']);
export const redoAction = historyStep('redo', ['Mod+Shift+Z', 'Ctrl+Y']);
