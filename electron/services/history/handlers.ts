import { AppError } from '../../../shared/api/errors';
import type { HistoryScope } from '../../../shared/history/schema';
import type { HandlerMap, ServiceContext } from '../../api/handler';
import { historyState, latestScope } from '../../storage/history';
import type { ReplayResult } from '../../storage/history';

/** The history asked for, else that of the page the call came from, else that of the latest change. */
function scopeFor(input: { scope?: HistoryScope | undefined }, ctx: ServiceContext): HistoryScope {
  const scope = input.scope ?? ctx.scope ?? ctx.store.read(latestScope);
  // What a participant wrote from their phone is theirs to undo, never the facilitator's.
  if (scope.startsWith('device:')) throw new AppError('forbidden', "A device's history is undone only from that device", { scope });
  return scope;
}

/** Tells every screen that a step was replayed, as a change would. */
export function announceReplay(ctx: ServiceContext, reason: 'undo' | 'redo', result: ReplayResult): void {
  ctx.events.emit({ reason, method: result.method, entities: [...result.entities] });
}

function announce(ctx: ServiceContext, scope: HistoryScope, reason: 'undo' | 'redo', result: ReplayResult) {
  announceReplay(ctx, reason, result);
  return { method: result.method, state: ctx.store.read((db) => historyState(db, scope)) };
}

export const historyHandlers: HandlerMap = {
  'history.state': (input, ctx) => {
    const scope = scopeFor(input, ctx);
    return ctx.store.read((db) => historyState(db, scope));
  },
  'history.undo': (input, ctx) => {
    const scope = scopeFor(input, ctx);
    return announce(ctx, scope, 'undo', ctx.store.undo(scope, input.expect));
  },
  'history.redo': (input, ctx) => {
    const scope = scopeFor(input, ctx);
    return announce(ctx, scope, 'redo', ctx.store.redo(scope));
  },
};
