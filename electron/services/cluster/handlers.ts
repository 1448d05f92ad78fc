import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/errors';
import { placeForCluster } from '../../../shared/board/placement';
import { suggestClusters } from '../../../shared/board/suggest';
import { mutation, type HandlerMap } from '../../api/handler';
import type { Tx } from '../../storage/transaction';
import { putInCluster, takeOutOfClusters } from '../board/membership';
import { boardLayout, rowInWorkshop, toCluster, workshopOf } from '../board/rows';
import { requireWorkshop } from '../workshop/rows';

function clusterNoteIds(tx: Tx, clusterId: string): string[] {
  return tx.db.prepare('SELECT id FROM note WHERE cluster_id = ? ORDER BY rank, id').pluck().all(clusterId) as string[];
}

export const clusterHandlers: HandlerMap = {
  /** "Gruppera": the new frame goes where the grouped notes were, or the nearest free place. */
  'cluster.create': mutation('cluster.create', ({ workshopId, heading, noteIds, position }, tx) => {
    tx.get('workshop', workshopId);
    const unique = [...new Set(noteIds)];
    for (const id of unique) rowInWorkshop(tx.db, 'note', id, workshopId);
    const place = position ?? placeForCluster(boardLayout(tx.db, workshopId), unique);
    const id = randomUUID();
    tx.insert('cluster', {
      id,
      workshop_id: workshopId,
      heading,
      description: '',
      strengths: '[]',
      x: place.x,
      y: place.y,
      created_at: tx.now,
      updated_at: tx.now,
    });
    if (unique.length > 0) putInCluster(tx, id, unique);
    return toCluster(tx.get('cluster', id));
  }),

  'cluster.update': mutation('cluster.update', ({ id, heading, description, strengths }, tx) => {
    const patch: Record<string, string> = {};
    if (heading !== undefined) patch.heading = heading;
    if (description !== undefined) patch.description = description;
    if (strengths !== undefined) patch.strengths = JSON.stringify(strengths);
    return toCluster(tx.update('cluster', id, patch));
  }),

  'cluster.merge': mutation('cluster.merge', ({ targetId, sourceIds }, tx) => {
    const workshopId = String(tx.get('cluster', targetId).workshop_id);
    const sources = [...new Set(sourceIds)].filter((id) => id !== targetId);
    if (sources.length === 0) {
      throw new AppError('validation_failed', 'Choose at least one other cluster to merge', [
        { path: ['sourceIds'], code: 'too_small', message: 'no other cluster' },
      ]);
    }
    for (const id of sources) rowInWorkshop(tx.db, 'cluster', id, workshopId);
    putInCluster(tx, targetId, sources.flatMap((id) => clusterNoteIds(tx, id)));
    for (const id of sources) tx.remove('cluster', id);
    return toCluster(tx.get('cluster', targetId));
  }),

  'cluster.dissolve': mutation('cluster.dissolve', ({ ids }, tx) => {
    const workshopId = workshopOf(tx.db, 'cluster', ids);
    for (const id of new Set(ids)) {
      takeOutOfClusters(tx, workshopId, clusterNoteIds(tx, id), 'in place');
      tx.remove('cluster', id);
    }
    return null;
  }),

  'cluster.suggest': ({ workshopId }, { store }) =>
    store.read((db) => {
      requireWorkshop(db, workshopId);
      const notes = db
        .prepare('SELECT id, text FROM note WHERE workshop_id = ? AND cluster_id IS NULL ORDER BY created_at, rowid')
        .all(workshopId) as { id: string; text: string }[];
      return suggestClusters(notes) as never;
    }),
};
