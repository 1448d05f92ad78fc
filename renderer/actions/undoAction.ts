import { toApiFailure } from '../api/ApiFailure';
import { historyLabel } from '../history/historyLabel';
import { errorMessage } from '../i18n/describeError';
import type { Action } from './types';

export const undoAction: Action = {
  id: 'history.undo',
  labelKey: 'actions.undo',
  shortcuts: ['Mod+Z'],
  surfaces: ['header'],
  isEnabled: (ctx) => Boolean(ctx.history?.undo),
  describe: (ctx) =>
    ctx.history?.undo ? ctx.t('actions.undoWhat', { what: historyLabel(ctx.t, ctx.history.undo) }) : null,
  async perform(ctx) {
    try {
      const step = await ctx.api.invoke('history.undo', {});
      ctx.notify({ message: ctx.t('history.undone', { what: historyLabel(ctx.t, step.method) }) });
    } catch (failure) {
      ctx.notify({ tone: 'error', message: errorMessage(ctx.t, toApiFailure(failure)) });
    }
  },
};
