import { toApiFailure } from '../api/ApiFailure';
import { historyLabel } from '../history/historyLabel';
import { errorMessage } from '../i18n/describeError';
import type { Action } from './types';

export const redoAction: Action = {
  id: 'history.redo',
  labelKey: 'actions.redo',
  shortcuts: ['Mod+Shift+Z', 'Ctrl+Y'],
  surfaces: ['header'],
  isEnabled: (ctx) => Boolean(ctx.history?.redo),
  describe: (ctx) =>
    ctx.history?.redo ? ctx.t('actions.redoWhat', { what: historyLabel(ctx.t, ctx.history.redo) }) : null,
  async perform(ctx) {
    try {
      const step = await ctx.api.invoke('history.redo', {});
      ctx.notify({ message: ctx.t('history.redone', { what: historyLabel(ctx.t, step.method) }) });
    } catch (failure) {
      ctx.notify({ tone: 'error', message: errorMessage(ctx.t, toApiFailure(failure)) });
    }
  },
};
