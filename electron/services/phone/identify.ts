import { AppError } from '../../../shared/api/errors';
import type { ParticipantFields, ParticipantId } from '../../../shared/participant/schema';
import { nextAnonymousName } from '../../../shared/phone/anonymous';
import type { PhoneIdentify } from '../../../shared/phone/schema';
import type { ServiceContext } from '../../api/handler';
import type { JoinedDevice } from '../../join/joining';
import { joiningOf } from '../../join/handlers';
import { Tx } from '../../storage/transaction';
import { insertParticipant } from '../participant/rows';
import { rowOfDevice } from './device';

/**
 * A phone's own participant row is who the device is, not a change it made:
 * it is written outside every history, so neither the phone's undo nor the
 * facilitator's takes a person away from under their notes and dots. The
 * facilitator removes one like any participant.
 */
function addParticipant(ctx: ServiceContext, workshopId: string, fields: (names: readonly string[]) => ParticipantFields): ParticipantId {
  let id: ParticipantId | undefined;
  ctx.store.writeUnjournaled((db) => {
    const names = db.prepare('SELECT name FROM participant WHERE workshop_id = ?').pluck().all(workshopId) as string[];
    id = insertParticipant(new Tx(db, ctx.store.now()), workshopId, fields(names)).id;
  });
  ctx.events.emit({ reason: 'mutation', method: 'phone.identify', entities: ['participant'] });
  return id as ParticipantId;
}

function listed(ctx: ServiceContext, device: JoinedDevice, participantId: ParticipantId): ParticipantId {
  ctx.store.read((db) => rowOfDevice(db, 'participant', participantId, device));
  const holder = joiningOf(ctx).holderOf(device.workshopId, participantId);
  if (holder !== undefined && holder !== device.id) throw new AppError('participant_taken', 'Someone else has already chosen that name', { participantId });
  return participantId;
}

/** Records who the device is: a listed participant nobody else holds, a new one, or an anonymous one if the session allows it. */
export function identify(ctx: ServiceContext, device: JoinedDevice, choice: PhoneIdentify): void {
  const joining = joiningOf(ctx);
  if (choice.as === 'anonymous' && !joining.allowAnonymous(device.workshopId)) {
    throw new AppError('anonymous_not_allowed', 'The facilitator has not allowed joining anonymously');
  }
  const participantId =
    choice.as === 'listed'
      ? listed(ctx, device, choice.participantId)
      : addParticipant(ctx, device.workshopId, (names) =>
          choice.as === 'new' ? { ...choice.fields, role: '' } : { name: nextAnonymousName(names), organisation: '', huvudman: 'annan', role: '' },
        );
  joining.identify(device.id, participantId, choice.as === 'anonymous');
}
