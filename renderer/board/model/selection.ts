import type { ClusterId, NoteId } from '../../../shared/board/schema';

/**
 * What is selected on the board. Order matters: the first selected cluster
 * is the one others are merged into.
 */
export interface BoardSelection {
  readonly notes: readonly NoteId[];
  readonly clusters: readonly ClusterId[];
}

export const EMPTY_SELECTION: BoardSelection = { notes: [], clusters: [] };

export function selectionSize(selection: BoardSelection): number {
  return selection.notes.length + selection.clusters.length;
}

export function onlyNote(id: NoteId): BoardSelection {
  return { notes: [id], clusters: [] };
}

export function onlyCluster(id: ClusterId): BoardSelection {
  return { notes: [], clusters: [id] };
}

export function toggleNote(selection: BoardSelection, id: NoteId): BoardSelection {
  return selection.notes.includes(id)
    ? { ...selection, notes: selection.notes.filter((n) => n !== id) }
    : { ...selection, notes: [...selection.notes, id] };
}

export function toggleCluster(selection: BoardSelection, id: ClusterId): BoardSelection {
  return selection.clusters.includes(id)
    ? { ...selection, clusters: selection.clusters.filter((c) => c !== id) }
    : { ...selection, clusters: [...selection.clusters, id] };
}

/** Union that keeps the order of first selection. */
export function addToSelection(selection: BoardSelection, more: BoardSelection): BoardSelection {
  const notes = new Set([...selection.notes, ...more.notes]);
  const clusters = new Set([...selection.clusters, ...more.clusters]);
  return { notes: [...notes], clusters: [...clusters] };
}

/** Drops ids that no longer exist (deleted, undone, merged away). */
export function pruneSelection(
  selection: BoardSelection,
  hasNote: (id: NoteId) => boolean,
  hasCluster: (id: ClusterId) => boolean,
): BoardSelection {
  const notes = selection.notes.filter(hasNote);
  const clusters = selection.clusters.filter(hasCluster);
  if (notes.length === selection.notes.length && clusters.length === selection.clusters.length) return selection;
  return { notes, clusters };
}
