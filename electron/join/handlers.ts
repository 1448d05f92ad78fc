import { AppError } from '../../shared/api/errors';
import type { HandlerMap, ServiceContext } from '../api/handler';
import type { Joining } from './joining';

/** The session, or a clear refusal where this process cannot listen for devices (a bare test core). */
export function joiningOf(ctx: ServiceContext): Joining {
  if (!ctx.joining) throw new AppError('join_off', 'Joining from own devices is not available in this process');
  return ctx.joining;
}

/** The facilitator's controls for the session, and the one call a device makes before it has a token. */
export const joinHandlers: HandlerMap = {
  'join.interfaces': (_, ctx) => joiningOf(ctx).interfaces(),
  'join.status': ({ workshopId }, ctx) => joiningOf(ctx).status(workshopId),
  'join.current': (_, ctx) => joiningOf(ctx).current(),
  'join.start': (settings, ctx) => joiningOf(ctx).start(settings),
  'join.stop': ({ workshopId }, ctx) => joiningOf(ctx).stop(workshopId),
  'join.update': (change, ctx) => joiningOf(ctx).update(change),
  'join.removeDevice': ({ workshopId, deviceId }, ctx) => joiningOf(ctx).removeDevice(workshopId, deviceId),
  'phone.join': ({ code }, ctx) => {
    if (ctx.actor.kind !== 'guest') throw new AppError('forbidden', 'Only a device on the room network joins');
    return joiningOf(ctx).join(code, ctx.actor.address);
  },
};
