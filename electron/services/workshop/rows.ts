import { Workshop, type WorkshopFields } from '../../../shared/workshop/schema';
import type { Db } from '../../storage/database';
import type { Row } from '../../storage/rows';

function toWorkshop(row: Row): Workshop {
  return Workshop.parse({
    id: row.id,
    programmeId: row.programme_id,
    title: row.title,
    date: row.date,
    type: row.type,
    goals: row.goals,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

export function listWorkshops(db: Db, programmeId: string): Workshop[] {
  const rows = db
    .prepare('SELECT * FROM workshop WHERE programme_id = ? ORDER BY date IS NULL, date, created_at')
    .all(programmeId) as Row[];
  return rows.map(toWorkshop);
}

export function findWorkshop(db: Db, id: string): Workshop | undefined {
  const row = db.prepare('SELECT * FROM workshop WHERE id = ?').get(id) as Row | undefined;
  return row && toWorkshop(row);
}

export function workshopColumns(fields: Partial<WorkshopFields>): Record<string, string | null> {
  const columns: Record<string, string | null> = {};
  if (fields.title !== undefined) columns.title = fields.title;
  if (fields.date !== undefined) columns.date = fields.date;
  if (fields.type !== undefined) columns.type = fields.type;
  if (fields.goals !== undefined) columns.goals = fields.goals;
  return columns;
}
