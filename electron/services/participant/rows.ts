import { Participant, type ParticipantFields } from '../../../shared/participant/schema';
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

export function participantColumns(fields: Partial<ParticipantFields>): Record<string, string> {
  const columns: Record<string, string> = {};
  if (fields.name !== undefined) columns.name = fields.name;
  if (fields.organisation !== undefined) columns.organisation = fields.organisation;
  if (fields.huvudman !== undefined) columns.huvudman = fields.huvudman;
  if (fields.role !== undefined) columns.role = fields.role;
  return columns;
}
