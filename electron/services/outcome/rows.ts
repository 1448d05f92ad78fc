import { ImprovementArea, Outcome } from '../../../shared/outcome/schema';
import type { Db } from '../../storage/database';
import type { Row } from '../../storage/rows';

export function toOutcome(row: Row): Outcome {
  return Outcome.parse({
    itemId: row.id,
    kind: row.item_kind,
    status: row.status,
    handedTo: row.handed_to,
    comment: row.comment,
    updatedAt: row.updated_at,
  });
}

export function listOutcomes(db: Db, workshopId: string): Outcome[] {
  return (db.prepare('SELECT * FROM item_outcome WHERE workshop_id = ? ORDER BY rowid').all(workshopId) as Row[]).map(toOutcome);
}

const AREA_SELECT = 'SELECT a.*, w.title AS workshop_title FROM improvement_area a JOIN workshop w ON w.id = a.workshop_id';

function toArea(row: Row): ImprovementArea {
  return ImprovementArea.parse({
    id: row.id,
    programmeId: row.programme_id,
    workshopId: row.workshop_id,
    workshopTitle: row.workshop_title,
    itemId: row.item_id,
    title: row.title,
    description: row.description,
    level: row.level,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

export function listAreas(db: Db, where: 'programme_id' | 'workshop_id', id: string): ImprovementArea[] {
  return (db.prepare(`${AREA_SELECT} WHERE a.${where} = ? ORDER BY a.created_at, a.rowid`).all(id) as Row[]).map(toArea);
}

export function findArea(db: Db, id: string): ImprovementArea {
  return toArea(db.prepare(`${AREA_SELECT} WHERE a.id = ?`).get(id) as Row);
}
