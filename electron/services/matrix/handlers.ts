import { AppError } from '../../../shared/api/errors';
import { MatrixLabels, type Matrix, type Placement } from '../../../shared/matrix/schema';
import { mutation, type HandlerMap } from '../../api/handler';
import type { Db } from '../../storage/database';
import type { Tx } from '../../storage/transaction';
import { itemInWorkshop } from '../board/rows';
import { listPlacements } from './rows';

export function readMatrix(db: Db, workshopId: string): Matrix {
  const row = db.prepare('SELECT matrix_labels FROM workshop WHERE id = ?').get(workshopId) as { matrix_labels: string | null } | undefined;
  if (!row) throw new AppError('not_found', `No workshop with id ${workshopId}`, { entity: 'workshop', id: workshopId });
  const labels = row.matrix_labels === null ? null : MatrixLabels.parse(JSON.parse(row.matrix_labels));
  return { workshopId: workshopId as Matrix['workshopId'], labels, placements: listPlacements(db, workshopId) };
}

function place(tx: Tx, workshopId: string, placement: Placement): void {
  itemInWorkshop(tx.db, placement.kind, placement.itemId, workshopId);
  const existing = tx.db.prepare('SELECT 1 FROM matrix_placement WHERE id = ?').get(placement.itemId);
  if (existing) tx.update('matrix_placement', placement.itemId, { x: placement.x, y: placement.y });
  else {
    tx.insert('matrix_placement', {
      id: placement.itemId,
      workshop_id: workshopId,
      item_kind: placement.kind,
      x: placement.x,
      y: placement.y,
      updated_at: tx.now,
    });
  }
}

export const matrixHandlers: HandlerMap = {
  'matrix.get': ({ workshopId }, { store }) => store.read((db) => readMatrix(db, workshopId)),

  'matrix.place': mutation('matrix.place', ({ workshopId, placements }, tx) => {
    tx.get('workshop', workshopId);
    for (const placement of placements) place(tx, workshopId, placement);
    return null;
  }),

  'matrix.unplace': mutation('matrix.unplace', ({ workshopId, itemIds }, tx) => {
    for (const id of new Set(itemIds)) {
      if (tx.get('matrix_placement', id).workshop_id !== workshopId) throw new AppError('not_found', `Item ${id} is not on this matrix`, { id });
      tx.remove('matrix_placement', id);
    }
    return null;
  }),

  'matrix.setLabels': mutation('matrix.setLabels', ({ workshopId, labels }, tx) => {
    tx.update('workshop', workshopId, { matrix_labels: labels === null ? null : JSON.stringify(labels) });
    return null;
  }),
};
