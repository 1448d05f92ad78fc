import { Programme } from '../../../shared/programme/schema';
import type { Db } from '../../storage/database';
import type { Row } from '../../storage/rows';

const SELECT = `SELECT p.*, (SELECT COUNT(*) FROM workshop w WHERE w.programme_id = p.id) AS workshop_count FROM programme p`;

function toProgramme(row: Row): Programme {
  return Programme.parse({
    id: row.id,
    name: row.name,
    area: row.area,
    level: row.level,
    description: row.description,
    isExample: row.is_example === 1,
    workshopCount: row.workshop_count ?? 0,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

export function listProgrammes(db: Db): Programme[] {
  return (db.prepare(`${SELECT} ORDER BY p.is_example, p.created_at DESC`).all() as Row[]).map(toProgramme);
}

export function findProgramme(db: Db, id: string): Programme | undefined {
  const row = db.prepare(`${SELECT} WHERE p.id = ?`).get(id) as Row | undefined;
  return row && toProgramme(row);
}
