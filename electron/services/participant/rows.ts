import { Participant } from '../../../shared/participant/schema';
import type { Db } from '../../storage/database';
import type { Row } from '../../storage/rows';

export function toParticipant(row: Row): Participant {
  return Participant.parse({
    id: row.id,
    workshopId: row.workshop_id,
    name: row.name,
    organisation: row.organisation,
    huvudman: row.huvudman,
    role: row.role,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

export function listParticipants(db: Db, workshopId: string): Participant[] {
  const rows = db.prepare('SELECT * FROM participant WHERE workshop_id = ? ORDER BY created_at, rowid').all(workshopId) as Row[];
  return rows.map(toParticipant);
}
