import { randomUUID } from 'node:crypto';
import { NOTE_GAP } from '../../../shared/board/layout';
import { mutation, type HandlerMap } from '../../api/handler';
import type { Tx } from '../../storage/transaction';
import { putInCluster, takeOutOfClusters } from '../board/membership';
import { rowInWorkshop, toNote, workshopOf } from '../board/rows';
import { createNote } from './create';

const DUPLICATE_OFFSET = NOTE_GAP * 2;

const workshopOfNotes = (tx: Tx, ids: readonly string[]) => workshopOf(tx.db, 'note', ids);

interface Style {
  readonly colour?: string | undefined;
  readonly authorId?: string | null | undefined;
}

function restyle(tx: Tx, ids: readonly string[], { colour, authorId }: Style) {
  const workshopId = workshopOfNotes(tx, ids);
  if (authorId) rowInWorkshop(tx.db, 'participant', authorId, workshopId);
  const patch: Record<string, string | null> = {};
  if (colour !== undefined) patch.colour = colour;
  if (authorId !== undefined) patch.author_id = authorId;
  return ids.map((id) => toNote(tx.update('note', id, patch)));
}

export const noteHandlers: HandlerMap = {
  'note.create': mutation('note.create', (input, tx) => createNote(tx, input)),

  'note.update': mutation('note.update', ({ id, text, ...style }, tx) => {
    restyle(tx, [id], style);
    return text === undefined ? toNote(tx.get('note', id)) : toNote(tx.update('note', id, { text }));
  }),

  'note.restyle': mutation('note.restyle', ({ ids, ...style }, tx) => restyle(tx, [...new Set(ids)], style)),

  'note.turnOver': mutation('note.turnOver', ({ workshopId, ids }, tx) => {
    tx.get('workshop', workshopId);
    if (ids) for (const id of ids) rowInWorkshop(tx.db, 'note', id, workshopId);
    const faceDown = (ids ?? (tx.db.prepare('SELECT id FROM note WHERE workshop_id = ? AND face_down = 1').pluck().all(workshopId) as string[]))
      .filter((id) => tx.get('note', id).face_down === 1);
    for (const id of faceDown) tx.update('note', id, { face_down: 0 });
    return faceDown.length;
  }),

  'note.delete': mutation('note.delete', ({ ids }, tx) => {
    workshopOfNotes(tx, ids);
    for (const id of new Set(ids)) tx.remove('note', id);
    return null;
  }),

  'note.duplicate': mutation('note.duplicate', ({ ids }, tx) => {
    workshopOfNotes(tx, ids);
    return [...new Set(ids)].map((id) => {
      const source = tx.get('note', id);
      const copy = tx.insert('note', {
        ...source,
        id: randomUUID(),
        x: Number(source.x) + DUPLICATE_OFFSET,
        y: Number(source.y) + DUPLICATE_OFFSET,
        rank: Number(source.rank) + 0.5,
        created_at: tx.now,
        updated_at: tx.now,
      });
      if (source.cluster_id) putInCluster(tx, String(source.cluster_id), []);
      return toNote(tx.get('note', copy.id));
    });
  }),

  'note.setCluster': mutation('note.setCluster', ({ ids, clusterId, index, position }, tx) => {
    const unique = [...new Set(ids)];
    const workshopId = workshopOfNotes(tx, unique);
    if (clusterId === null) takeOutOfClusters(tx, workshopId, unique, position ? { from: position } : 'nearby');
    else {
      rowInWorkshop(tx.db, 'cluster', clusterId, workshopId);
      putInCluster(tx, clusterId, unique, index);
    }
    return null;
  }),
};
