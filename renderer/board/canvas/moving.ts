import type { ClusterId, NoteId } from '../../../shared/board/schema';
import type { BoardModel } from '../model/boardModel';
import type { BoardSelection } from '../model/selection';
import type { ItemRef } from './boardDom';

/** What a move of the selection moves: frames, and notes that are not inside a moving frame. */
export function movingItems(model: BoardModel, selection: BoardSelection): ItemRef[] {
  const frames = new Set<string>(selection.clusters);
  const notes = selection.notes.filter((id) => {
    const clusterId = model.noteById.get(id)?.clusterId;
    return !clusterId || !frames.has(clusterId);
  });
  return [
    ...selection.clusters.filter((id: ClusterId) => model.clusterById.has(id)).map((id) => ({ kind: 'cluster' as const, id })),
    ...notes.filter((id: NoteId) => model.noteById.has(id)).map((id) => ({ kind: 'note' as const, id })),
  ];
}
