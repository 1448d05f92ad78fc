import { findWorkshop } from '../services/workshop/rows';
import type { Store } from '../storage/store';
import type { JoinRoom } from './lan-joining';

/** What the session reads of the database: whether its workshop is still there, and the names devices picked. */
export function storeRoom(store: Store): JoinRoom {
  return {
    workshopExists: (workshopId) => store.read((db) => findWorkshop(db, workshopId) !== undefined),
    participantName: (participantId) =>
      store.read((db) => (db.prepare('SELECT name FROM participant WHERE id = ?').pluck().get(participantId) as string | undefined) ?? null),
  };
}
