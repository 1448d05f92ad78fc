import type { HandlerMap, ServiceContext } from '../../api/handler';
import { historyState } from '../../storage/history';
import type { ReplayResult } from '../../storage/history';

function announce(ctx: ServiceContext, reason: 'undo' | 'redo', result: ReplayResult) {
  ctx.events.emit({ reason, method: result.method, entities: [...result.entities] });
  return { method: result.method, state: ctx.store.read(historyState) };
}

export const historyHandlers: HandlerMap = {
  'history.state': (_input, { store }) => store.read(historyState),
  'history.undo': ({ expect }, ctx) => announce(ctx, 'undo', ctx.store.undo(expect)),
  'history.redo': (_input, ctx) => announce(ctx, 'redo', ctx.store.redo()),
};
