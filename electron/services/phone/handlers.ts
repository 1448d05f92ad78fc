import { AppError } from '../../../shared/api/errors';
import type { HandlerMap, ServiceContext } from '../../api/handler';
import { joiningOf } from '../../join/handlers';
import type { JoinedDevice } from '../../join/joining';

/** The calling device as the session knows it now: refused once removed or once the session has ended. */
export function callingDevice(ctx: ServiceContext): JoinedDevice {
  if (ctx.actor.kind !== 'participant') throw new AppError('forbidden', 'Only a joined device calls this');
  const device = joiningOf(ctx).device(ctx.actor.deviceId);
  if (!device || device.workshopId !== ctx.actor.workshopId) throw new AppError('device_removed', 'This device is no longer part of the workshop');
  return device;
}

const notYet = (): never => {
  throw new AppError('join_off', 'Not built yet');
};

/** What a participant's own device may do: always as itself, in its own workshop. */
export const phoneHandlers: HandlerMap = {
  'phone.state': notYet,
  'phone.identify': notYet,
  'phone.writeNote': notYet,
  'phone.editNote': notYet,
  'phone.deleteNote': notYet,
  'phone.vote': notYet,
  'phone.undo': notYet,
  'phone.leave': (_, ctx) => {
    joiningOf(ctx).leave(callingDevice(ctx).id);
    return null;
  },
};
