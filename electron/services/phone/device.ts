import { AppError } from '../../../shared/api/errors';
import { scopeOf, type HistoryScope } from '../../../shared/history/schema';
import type { ServiceContext } from '../../api/handler';
import type { Db } from '../../storage/database';
import type { Row } from '../../storage/rows';
import { joiningOf } from '../../join/handlers';
import type { JoinedDevice } from '../../join/joining';

/** The calling device as the session knows it now: refused once removed or once the session has ended. */
export function callingDevice(ctx: ServiceContext): JoinedDevice {
  if (ctx.actor.kind !== 'participant') throw new AppError('forbidden', 'Only a joined device calls this');
  const device = joiningOf(ctx).device(ctx.actor.deviceId);
  if (!device || device.workshopId !== ctx.actor.workshopId) throw new AppError('device_removed', 'This device is no longer part of the workshop');
  return device;
}

/** The device's own history: what its undo walks, and nothing else does. */
export const deviceScope = (device: JoinedDevice): HistoryScope => scopeOf('device', device.id);

/**
 * The participant the device said it is, while that person is still in its
 * workshop (the facilitator may have removed them since), else null.
 */
export function participantOf(db: Db, device: JoinedDevice): Row | null {
  if (!device.participantId) return null;
  const row = db.prepare('SELECT * FROM participant WHERE id = ? AND workshop_id = ? AND removed_at IS NULL').get(device.participantId, device.workshopId) as Row | undefined;
  return row ?? null;
}

/** Writing and voting need a name to go under. */
export function identifiedAs(db: Db, device: JoinedDevice): string {
  const participant = participantOf(db, device);
  if (!participant) throw new AppError('forbidden', 'Say who you are before writing or voting', { reason: 'not_identified' });
  return String(participant.id);
}

/** A row of the device's own workshop; one of another workshop is answered as if it did not exist. */
export function rowOfDevice(db: Db, table: 'note' | 'vote_round', id: string, device: JoinedDevice): Row {
  const row = db.prepare(`SELECT * FROM ${table} WHERE id = ? AND workshop_id = ?`).get(id, device.workshopId) as Row | undefined;
  if (!row) throw new AppError('not_found', `No ${table} with id ${id}`, { entity: table, id });
  return row;
}
