/**
 * What the projector's board shows, decided from the board and the space
 * there is: every note when all of them fit at a readable size; else the
 * clusters as headings with their note counts (and the free notes as a
 * count); and when the facilitator has zoomed to a cluster, that cluster
 * large. Grouping is done once per board answer, the plan once per size.
 */
import type { Board, Cluster, Note } from '../../shared/board/schema';
import { type Capacity, FOCUS_HEADING, FREE_LINE, fitCells, fitGroups, type Grid, NOTE_CELL, type Size, TILE_CELL } from './boardFit';

export interface NoteGroup {
  /** null: the notes in no cluster. */
  readonly cluster: Cluster | null;
  readonly notes: readonly Note[];
}

export interface GroupedBoard {
  /** Clusters in board order, each with its notes in cluster order. */
  readonly clusters: readonly NoteGroup[];
  readonly free: readonly Note[];
  readonly noteCount: number;
}

export type BoardPlan =
  | { readonly kind: 'empty' }
  | { readonly kind: 'notes'; readonly groups: readonly NoteGroup[]; readonly grid: Grid }
  /** `hidden`: notes not shown; their count takes the last cell. */
  | { readonly kind: 'focus'; readonly group: NoteGroup; readonly notes: readonly Note[]; readonly hidden: number; readonly grid: Grid }
  /** `hidden`: clusters not shown; their count takes the last tile. */
  | { readonly kind: 'overview'; readonly tiles: readonly NoteGroup[]; readonly hidden: number; readonly free: number; readonly grid: Grid };

const byRank = (a: Note, b: Note): number => a.rank - b.rank || a.id.localeCompare(b.id);

export function groupBoard(board: Board): GroupedBoard {
  const members = new Map<string, Note[]>(board.clusters.map((c) => [c.id, []]));
  const free: Note[] = [];
  for (const note of board.notes) {
    const list = note.clusterId === null ? undefined : members.get(note.clusterId);
    if (list) list.push(note);
    else free.push(note);
  }
  return {
    clusters: board.clusters.map((cluster) => ({ cluster, notes: (members.get(cluster.id) ?? []).sort(byRank) })),
    free,
    noteCount: board.notes.length,
  };
}

/** Shows `capacity.shown` cells, or one fewer plus a cell counting the rest when not all fit. */
function trimmed<T>(list: readonly T[], capacity: Capacity): { readonly shown: readonly T[]; readonly hidden: number } {
  if (capacity.shown >= list.length) return { shown: list, hidden: 0 };
  const shown = list.slice(0, Math.max(0, capacity.shown - 1));
  return { shown, hidden: list.length - shown.length };
}

export function planBoard(board: GroupedBoard, focusId: string | null, area: Size): BoardPlan {
  const focus = focusId === null ? undefined : board.clusters.find((group) => group.cluster?.id === focusId);
  if (focus) {
    const capacity = fitCells(area, NOTE_CELL, focus.notes.length, FOCUS_HEADING);
    const { shown, hidden } = trimmed(focus.notes, capacity);
    return { kind: 'focus', group: focus, notes: shown, hidden, grid: capacity };
  }
  if (board.noteCount === 0 && board.clusters.length === 0) return { kind: 'empty' };
  const groups = board.free.length > 0 ? [...board.clusters, { cluster: null, notes: board.free }] : board.clusters;
  const grid = fitGroups(
    area,
    groups.map((group) => group.notes.length),
  );
  if (grid) return { kind: 'notes', groups, grid };
  const capacity = fitCells(area, TILE_CELL, board.clusters.length, board.free.length > 0 ? FREE_LINE : 0);
  const { shown, hidden } = trimmed(board.clusters, capacity);
  return { kind: 'overview', tiles: shown, hidden, free: board.free.length, grid: capacity };
}
