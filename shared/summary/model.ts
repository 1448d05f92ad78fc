/**
 * What the workshop summary holds, in the order the styrgrupp reads it:
 * the decisions (prioritised areas and where they went in a handlingsplan,
 * what was handed over, the vote and its split by huvudman), then the
 * detail (every cluster with its description, strengths and notes, the
 * notes that joined none, the matrix, who took part). The screen, the
 * printout and the .xlsx all show this model and nothing else, so they
 * cannot drift apart. It carries keys (levels, quadrants, huvudman), not
 * words: each medium names them in its own language.
 *
 * The vote is the newest revealed round: the last word the room had.
 * Without names, the model holds no participant's name or role at all,
 * only organisations, their huvudman and how many came from each.
 */
import type { WorkshopLink } from '../actionplan/schema';
import { notesInBoardOrder } from '../board/order';
import type { Note } from '../board/schema';
import { quadrantOf, type Quadrant } from '../matrix/quadrant';
import type { MatrixLabels, Placement } from '../matrix/schema';
import type { ImprovementArea } from '../outcome/schema';
import { type Huvudman, huvudmanValues, type Participant } from '../participant/schema';
import { latestRevealed, type ResultRow, resultRows } from '../voting/results';
import type { ItemKind, RoundState } from '../voting/schema';
import type { WorkshopType } from '../workshop/schema';
import type { SummarySource } from './schema';

export interface SummaryOptions {
  /** false: organisations only, for sharing. */
  readonly names: boolean;
  /** Organisations and names sort as this language does. */
  readonly language: string;
}

/** Something placed or voted on: a cluster, or a note that joined none. */
export interface SummaryItem {
  readonly id: string;
  readonly kind: ItemKind;
  /** Cluster heading, or the note's text. */
  readonly title: string;
  /** Notes in the cluster; 1 for a free note. */
  readonly noteCount: number;
}

export interface SummaryVote {
  readonly roundNumber: number;
  /** Votes per huvudman exist for rounds voted in the app; a paper round has totals only. */
  readonly split: boolean;
  readonly totalDots: number;
  /** Counted dots from participants removed since. */
  readonly dotsFromRemoved: number;
  readonly rows: readonly ResultRow[];
  /** The votes in the ranking, all together, per huvudman, and those typed in from paper. */
  readonly total: number;
  readonly byHuvudman: Readonly<Record<Huvudman, number>>;
  readonly paper: number;
}

export interface PrioritisedArea {
  readonly area: ImprovementArea;
  /** In the summary's round; null when there is none or the item was not in it. */
  readonly votes: number | null;
  readonly plans: readonly WorkshopLink[];
}

export interface HandedOver {
  readonly itemId: string;
  /** null when the item was deleted after the decision. */
  readonly title: string | null;
  readonly handedTo: string;
  readonly comment: string;
  readonly votes: number | null;
}

export interface SummaryNote {
  readonly id: string;
  readonly text: string;
}

interface Placed {
  readonly quadrant: Quadrant | null;
  readonly votes: number | null;
}

export interface SummaryCluster extends Placed {
  readonly id: string;
  readonly heading: string;
  readonly description: string;
  readonly strengths: readonly string[];
  readonly notes: readonly SummaryNote[];
}

export interface FreeNote extends SummaryNote, Placed {}

export interface SummaryPerson {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  readonly huvudman: Huvudman;
}

export interface SummaryOrganisation {
  /** '' for participants with no organisation given; they come last. */
  readonly name: string;
  readonly count: number;
  /** How many of them per huvudman, in the standard huvudman order. */
  readonly huvudman: readonly { readonly huvudman: Huvudman; readonly count: number }[];
  /** null when names are left out. */
  readonly people: readonly SummaryPerson[] | null;
}

export interface WorkshopSummary {
  readonly header: {
    readonly programme: string;
    /** The programme's kommun or area. */
    readonly kommun: string;
    readonly title: string;
    readonly date: string | null;
    /** The workshop's date, or the day it is printed when it has none. */
    readonly pageDate: string;
    readonly type: WorkshopType;
    readonly goals: string;
  };
  readonly counts: { readonly participants: number; readonly notes: number; readonly clusters: number };
  readonly decisions: {
    readonly prioritised: readonly PrioritisedArea[];
    readonly handedOver: readonly HandedOver[];
    readonly vote: SummaryVote | null;
  };
  readonly detail: {
    readonly clusters: readonly SummaryCluster[];
    readonly freeNotes: readonly FreeNote[];
    readonly matrix: { readonly labels: MatrixLabels | null; readonly placements: readonly Placement[]; readonly items: readonly SummaryItem[] };
    readonly names: boolean;
    readonly organisations: readonly SummaryOrganisation[];
  };
}

function summaryItems(notes: readonly Note[], free: readonly Note[], clusters: SummarySource['clusters']): SummaryItem[] {
  const counts = new Map<string, number>();
  for (const note of notes) if (note.clusterId) counts.set(note.clusterId, (counts.get(note.clusterId) ?? 0) + 1);
  return [
    ...clusters.map((c): SummaryItem => ({ id: c.id, kind: 'cluster', title: c.heading, noteCount: counts.get(c.id) ?? 0 })),
    ...free.map((n): SummaryItem => ({ id: n.id, kind: 'note', title: n.text, noteCount: 1 })),
  ];
}

function summaryVote(round: RoundState | null, rows: readonly ResultRow[]): SummaryVote | null {
  if (!round) return null;
  const byHuvudman = Object.fromEntries(huvudmanValues.map((h) => [h, rows.reduce((sum, row) => sum + row.byHuvudman[h], 0)])) as Record<Huvudman, number>;
  return {
    roundNumber: round.round.number,
    split: round.round.mode === 'participants',
    totalDots: round.totalDots,
    dotsFromRemoved: round.dotsFromRemoved,
    rows,
    total: rows.reduce((sum, row) => sum + row.votes, 0),
    byHuvudman,
    paper: rows.reduce((sum, row) => sum + row.paper, 0),
  };
}

function organisations(participants: readonly Participant[], { names, language }: SummaryOptions): SummaryOrganisation[] {
  const groups = new Map<string, Participant[]>();
  for (const p of participants) groups.set(p.organisation, [...(groups.get(p.organisation) ?? []), p]);
  const byName = (a: string, b: string): number => a.localeCompare(b, language);
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : byName(a, b)))
    .map(([name, members]) => ({
      name,
      count: members.length,
      huvudman: huvudmanValues.map((huvudman) => ({ huvudman, count: members.filter((m) => m.huvudman === huvudman).length })).filter((h) => h.count > 0),
      people: names ? [...members].sort((a, b) => byName(a.name, b.name)).map(({ id, name: person, role, huvudman }) => ({ id, name: person, role, huvudman })) : null,
    }));
}

export function buildSummary(source: SummarySource, options: SummaryOptions): WorkshopSummary {
  const { workshop, notes, clusters, matrix } = source;
  const ordered = notesInBoardOrder(notes, clusters);
  const clusterIds = new Set<string>(clusters.map((c) => c.id));
  // Every note is listed once: one whose cluster is gone counts as free rather than vanishing.
  const free = ordered.filter((n) => n.clusterId === null || !clusterIds.has(n.clusterId));
  const items = summaryItems(notes, free, clusters);
  const itemById = new Map(items.map((item) => [item.id, item]));
  const placements = matrix.placements.filter((p) => itemById.has(p.itemId));
  const round = latestRevealed(source.rounds);
  const rows = round?.results ? resultRows(round.results, itemById, placements, source.outcomes) : [];
  const votes = new Map(rows.map((row) => [row.itemId, row.votes]));
  const votesOf = (itemId: string): number | null => votes.get(itemId) ?? null;
  const quadrants = new Map(placements.map((p) => [p.itemId, quadrantOf(p)]));
  const placed = (itemId: string): Placed => ({ quadrant: quadrants.get(itemId) ?? null, votes: votesOf(itemId) });

  return {
    header: {
      programme: source.programme.name,
      kommun: source.programme.area,
      title: workshop.title,
      date: workshop.date,
      pageDate: workshop.date ?? source.today,
      type: workshop.type,
      goals: workshop.goals,
    },
    counts: { participants: source.participants.length, notes: notes.length, clusters: clusters.length },
    decisions: {
      prioritised: source.areas.map((area) => ({
        area,
        votes: votesOf(area.itemId),
        plans: source.planLinks.filter((link) => link.improvementAreaId === area.id),
      })),
      handedOver: source.outcomes
        .filter((o) => o.status === 'outside_mandate')
        .map((o) => ({ itemId: o.itemId, title: itemById.get(o.itemId)?.title ?? null, handedTo: o.handedTo, comment: o.comment, votes: votesOf(o.itemId) })),
      vote: summaryVote(round, rows),
    },
    detail: {
      clusters: clusters.map((c) => ({
        id: c.id,
        heading: c.heading,
        description: c.description,
        strengths: c.strengths,
        notes: ordered.filter((n) => n.clusterId === c.id).map(({ id, text }) => ({ id, text })),
        ...placed(c.id),
      })),
      freeNotes: free.map(({ id, text }) => ({ id, text, ...placed(id) })),
      matrix: { labels: matrix.labels, placements, items },
      names: options.names,
      organisations: organisations(source.participants, options),
    },
  };
}
