import { Placement } from '../../../shared/matrix/schema';
import type { Db } from '../../storage/database';

export function listPlacements(db: Db, workshopId: string): Placement[] {
  const rows = db.prepare('SELECT id, item_kind, x, y FROM matrix_placement WHERE workshop_id = ? ORDER BY rowid').all(workshopId) as {
    id: string;
    item_kind: string;
    x: number;
    y: number;
  }[];
  return rows.map((r) => Placement.parse({ itemId: r.id, kind: r.item_kind, x: r.x, y: r.y }));
}
