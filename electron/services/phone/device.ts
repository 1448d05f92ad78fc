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

/** A participant removed by the facilitator stays only as the holder of old dots: nobody acts as them. */
const LIVE: Readonly<Record<DeviceTable, string>> = { note: '', vote_round: '', participant: ' AND removed_at IS NULL' };
type DeviceTable = 'note' | 'vote_round' | 'participant';

function findOfDevice(db: Db, table: DeviceTable, id: string, device: JoinedDevice): Row | undefined {
  return db.prepare(`SELECT * FROM ${table} WHERE id = ? AND workshop_id = ?${LIVE[table]}`).get(id, device.workshopId) as Row | undefined;
}

/** A row of the device's own workshop; one of another workshop is answered as if it did not exist. */
export function rowOfDevice(db: Db, table: DeviceTable, id: string, device: JoinedDevice): Row {
  const row = findOfDevice(db, table, id, device);
  if (!row) throw new AppError('not_found', `No ${table} with id ${id}`, { entity: table, id });
  return row;
}

/** The participant the device said it is, while that person is still in its workshop, else null. */
export function participantOf(db: Db, device: JoinedDevice): Row | null {
  return (device.participantId && findOfDevice(db, 'participant', device.participantId, device)) || null;
}

/** Writing and voting need a name to go under. */
export function identifiedAs(db: Db, device: JoinedDevice): string {
  const participant = participantOf(db, device);
  if (!participant) throw new AppError('forbidden', 'Say who you are before writing or voting', { reason: 'not_identified' });
  return String(participant.id);
}
