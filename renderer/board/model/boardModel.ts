/**
 * The board as the view needs it: lookups, cluster members in layout order,
 * positions from the shared layout, and reading order for the DOM (which is
 * also the Tab order). Built from each board.get answer; objects that did
 * not change are taken over from the previous model, so memoized notes and
 * frames skip re-rendering when an unrelated change arrives.
 */
import type { Board, Cluster, ClusterId, ColourMode, Note, NoteId } from '../../../shared/board/schema';
import { type BoardLayout, layoutBoard } from '../../../shared/board/layout';
import type { Participant } from '../../../shared/participant/schema';
import type { WorkshopId } from '../../../shared/workshop/schema';

export type BoardItem =
  | { readonly kind: 'cluster'; readonly id: ClusterId; readonly cluster: Cluster }
  | { readonly kind: 'note'; readonly id: NoteId; readonly note: Note };

export interface BoardModel {
  readonly workshopId: WorkshopId;
  readonly colourMode: ColourMode;
  readonly notes: readonly Note[];
  readonly clusters: readonly Cluster[];
  readonly participants: readonly Participant[];
  readonly noteById: ReadonlyMap<NoteId, Note>;
  readonly clusterById: ReadonlyMap<ClusterId, Cluster>;
  readonly participantById: ReadonlyMap<string, Participant>;
  /** Notes of each cluster in the order the layout places them. */
  readonly members: ReadonlyMap<ClusterId, readonly Note[]>;
  readonly freeNotes: readonly Note[];
  readonly layout: BoardLayout;
  /** Cluster frames and free notes, top to bottom and left to right. */
  readonly items: readonly BoardItem[];
}

const sameNote = (a: Note, b: Note): boolean =>
  a.updatedAt === b.updatedAt &&
  a.text === b.text &&
  a.colour === b.colour &&
  a.authorId === b.authorId &&
  a.clusterId === b.clusterId &&
  a.x === b.x &&
  a.y === b.y &&
  a.rank === b.rank;

const sameCluster = (a: Cluster, b: Cluster): boolean =>
  a.updatedAt === b.updatedAt &&
  a.heading === b.heading &&
  a.description === b.description &&
  a.x === b.x &&
  a.y === b.y &&
  a.strengths.length === b.strengths.length &&
  a.strengths.every((s, i) => b.strengths[i] === s);

const sameParticipant = (a: Participant, b: Participant): boolean =>
  a.updatedAt === b.updatedAt && a.name === b.name && a.huvudman === b.huvudman && a.organisation === b.organisation && a.role === b.role;

function reuse<T extends { readonly id: string }>(next: readonly T[], previous: ReadonlyMap<string, T> | undefined, same: (a: T, b: T) => boolean): T[] {
  if (!previous) return [...next];
  return next.map((item) => {
    const old = previous.get(item.id);
    return old && same(old, item) ? old : item;
  });
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** Same order as layoutBoard uses inside a cluster. */
const byRank = (a: Note, b: Note): number => a.rank - b.rank || a.id.localeCompare(b.id);

export function buildModel(board: Board, previous?: BoardModel): BoardModel {
  const notes = reuse(board.notes, previous?.noteById, sameNote);
  const clusters = reuse(board.clusters, previous?.clusterById, sameCluster);
  const freshParticipants = reuse(board.participants, previous?.participantById, sameParticipant);
  // Unchanged participants keep the same list and map, so note looks built from them stay valid.
  const participantsSame = previous !== undefined && sameList(previous.participants, freshParticipants);
  const participants = participantsSame ? previous.participants : freshParticipants;
  const participantById = participantsSame ? previous.participantById : new Map<string, Participant>(participants.map((p) => [p.id, p]));

  const noteById = new Map(notes.map((note) => [note.id, note]));
  const clusterById = new Map(clusters.map((cluster) => [cluster.id, cluster]));

  const grouped = new Map<ClusterId, Note[]>(clusters.map((cluster) => [cluster.id, []]));
  const freeNotes: Note[] = [];
  for (const note of notes) {
    const list = note.clusterId === null ? undefined : grouped.get(note.clusterId);
    if (list) list.push(note);
    else freeNotes.push(note);
  }
  const members = new Map<ClusterId, readonly Note[]>();
  for (const [id, list] of grouped) {
    list.sort(byRank);
    const old = previous?.members.get(id);
    members.set(id, old && sameList(old, list) ? old : list);
  }

  const layout = layoutBoard(notes, clusters);
  const items: BoardItem[] = [
    ...clusters.map((cluster) => ({ kind: 'cluster' as const, id: cluster.id, cluster })),
    ...freeNotes.map((note) => ({ kind: 'note' as const, id: note.id, note })),
  ];
  const at = (item: BoardItem) => (item.kind === 'cluster' ? item.cluster : (layout.notes.get(item.id) ?? item.note));
  items.sort((a, b) => at(a).y - at(b).y || at(a).x - at(b).x);

  return {
    workshopId: board.workshopId,
    colourMode: board.colourMode,
    notes,
    clusters,
    participants,
    noteById,
    clusterById,
    participantById,
    members,
    freeNotes,
    layout,
    items,
  };
}

/** The free position of a note or frame as shown (cluster members have no free position). */
export function shownPosition(model: BoardModel, kind: 'note' | 'cluster', id: string): { x: number; y: number } | undefined {
  if (kind === 'cluster') return model.layout.clusters.get(id);
  return model.layout.notes.get(id);
}
