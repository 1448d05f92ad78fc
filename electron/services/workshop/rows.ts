import { AppError } from '../../../shared/api/errors';
import { Workshop } from '../../../shared/workshop/schema';
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

/** Reads about a workshop answer not_found for one that does not exist, rather than an empty list. */
export function requireWorkshop(db: Db, workshopId: string): void {
  if (!db.prepare('SELECT 1 FROM workshop WHERE id = ?').get(workshopId)) {
    throw new AppError('not_found', `No workshop with id ${workshopId}`, { entity: 'workshop', id: workshopId });
  }
}

export function mustFindWorkshop(db: Db, id: string): Workshop {
  const workshop = findWorkshop(db, id);
  if (!workshop) throw new AppError('not_found', `No workshop with id ${id}`, { entity: 'workshop', id });
  return workshop;
}
