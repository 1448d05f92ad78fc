import { randomUUID } from 'node:crypto';
import { nextCapturePosition, occupiedRects } from '../../../shared/board/layout';
import type { Note, NoteColour } from '../../../shared/board/schema';
import type { Point } from '../../../shared/common/geometry';
import type { Tx } from '../../storage/transaction';
import { putInCluster } from '../board/membership';
import { boardLayout, rowInWorkshop, toNote } from '../board/rows';
import { writesPrivately } from '../room/read';

export interface NewNote {
  readonly workshopId: string;
  readonly text: string;
  readonly colour: NoteColour;
  readonly authorId: string | null;
  readonly position?: Point | undefined;
  readonly clusterId?: string | null | undefined;
}

/**
 * A new note as the board adds one, whoever writes it (the facilitator's
 * capture bar or a participant's phone): where nothing lies yet unless a
 * place is given, face down while the room writes privately.
 */
export function createNote(tx: Tx, { workshopId, text, colour, authorId, position, clusterId }: NewNote): Note {
  tx.get('workshop', workshopId);
  if (authorId) rowInWorkshop(tx.db, 'participant', authorId, workshopId);
  if (clusterId) rowInWorkshop(tx.db, 'cluster', clusterId, workshopId);
  const place = position ?? nextCapturePosition(occupiedRects(boardLayout(tx.db, workshopId)));
  const id = randomUUID();
  tx.insert('note', {
    id,
    workshop_id: workshopId,
    text,
    colour,
    author_id: authorId,
    cluster_id: null,
    x: place.x,
    y: place.y,
    rank: 0,
    face_down: writesPrivately(tx.db, workshopId) ? 1 : 0,
    created_at: tx.now,
    updated_at: tx.now,
  });
  if (clusterId) putInCluster(tx, clusterId, [id]);
  return toNote(tx.get('note', id));
}
