import { describe, expect, it } from 'vitest';
import type { Board, Cluster, Note } from '../../shared/board/schema';
import { fitCells, fitGroups, GROUP_GAP, GROUP_HEADING, NOTE_CELL, SCALES, TILE_CELL } from './boardFit';
import { groupBoard, planBoard } from './boardPlan';

/** The stage on a 1920×1080 screen at the 24 px base font, less the bar and padding: 77 × 39 em. */
const FULL_HD = { width: 77, height: 39 };

const at = '2027-03-04T09:00:00.000Z';
let serial = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++serial).padStart(12, '0')}`;

function cluster(heading: string): Cluster {
  return { id: uuid(), workshopId: uuid(), heading, description: '', strengths: [], x: 0, y: 0, createdAt: at, updatedAt: at } as unknown as Cluster;
}

function note(text: string, clusterId: string | null = null, rank = 0): Note {
  return { id: uuid(), workshopId: uuid(), text, colour: 'yellow', authorId: null, clusterId, x: 0, y: 0, rank, faceDown: false, createdAt: at, updatedAt: at } as unknown as Note;
}

function board(clusters: Cluster[], notes: Note[]): Board {
  return { workshopId: uuid(), colourMode: 'note', participants: [], clusters, notes } as unknown as Board;
}

/** `n` clusters of `each` notes, and `free` notes in no cluster. */
function workshop(n: number, each: number, free = 0): Board {
  const clusters = Array.from({ length: n }, (_, i) => cluster(`Kluster ${i + 1}`));
  const notes = clusters.flatMap((c) => Array.from({ length: each }, (_, i) => note(`Lapp ${i + 1}`, c.id, each - i)));
  return board(clusters, [...notes, ...Array.from({ length: free }, (_, i) => note(`Fri ${i + 1}`))]);
}

describe('fitGroups', () => {
  it('never draws a note smaller than the base font, and takes the largest scale that fits', () => {
    expect(fitGroups(FULL_HD, [3])).toEqual({ scale: SCALES[0], columns: 4 });
    expect(fitGroups(FULL_HD, [20])?.scale).toBe(1);
    expect(Math.min(...SCALES)).toBe(1);
  });

  it('fits when the drawn height is within the area, not when it is over', () => {
    const columns = Math.floor((FULL_HD.width + NOTE_CELL.gap) / (NOTE_CELL.width + NOTE_CELL.gap));
    const rowHeight = NOTE_CELL.height + NOTE_CELL.gap;
    // Two clusters of one full row each, at scale 1.
    const height = 2 * (GROUP_HEADING + NOTE_CELL.height) + GROUP_GAP;
    expect(fitGroups({ width: FULL_HD.width, height }, [columns, columns])).toEqual({ scale: 1, columns });
    expect(fitGroups({ width: FULL_HD.width, height: height - 0.01 }, [columns, columns])).toBeNull();
    expect(rowHeight).toBeGreaterThan(NOTE_CELL.height);
  });

  it('finds no fit in an area too narrow for one card', () => {
    expect(fitGroups({ width: NOTE_CELL.width - 1, height: 100 }, [1])).toBeNull();
  });
});

describe('fitCells', () => {
  it('shows all cells at the largest scale that holds them', () => {
    expect(fitCells(FULL_HD, TILE_CELL, 6, 0)).toMatchObject({ scale: 1.5, shown: 6 });
  });

  it('shows as many as fit at the base size when not all do', () => {
    const fit = fitCells({ width: 30, height: 20 }, NOTE_CELL, 100, 0);
    expect(fit.scale).toBe(1);
    expect(fit.shown).toBe(fit.columns * Math.floor((20 + NOTE_CELL.gap) / (NOTE_CELL.height + NOTE_CELL.gap)));
    expect(fit.shown).toBeLessThan(100);
  });
});

describe('planBoard', () => {
  it('shows every note, grouped under its cluster, when all fit', () => {
    const grouped = groupBoard(workshop(2, 3, 2));
    const plan = planBoard(grouped, null, FULL_HD);
    expect(plan.kind).toBe('notes');
    if (plan.kind !== 'notes') return;
    expect(plan.groups.map((g) => [g.cluster?.heading ?? null, g.notes.map((n) => n.text)])).toEqual([
      ['Kluster 1', ['Lapp 3', 'Lapp 2', 'Lapp 1']],
      ['Kluster 2', ['Lapp 3', 'Lapp 2', 'Lapp 1']],
      [null, ['Fri 1', 'Fri 2']],
    ]);
  });

  it('shows the 40 notes of a real workshop as six cluster headings with counts, and the free notes as a count', () => {
    const plan = planBoard(groupBoard(workshop(6, 6, 4)), null, FULL_HD);
    expect(plan).toMatchObject({ kind: 'overview', hidden: 0, free: 4 });
    if (plan.kind !== 'overview') return;
    expect(plan.tiles.map((t) => [t.cluster?.heading, t.notes.length])).toEqual(Array.from({ length: 6 }, (_, i) => [`Kluster ${i + 1}`, 6]));
  });

  it('counts the clusters that do not fit in the last tile', () => {
    const plan = planBoard(groupBoard(workshop(200, 1)), null, FULL_HD);
    expect(plan.kind).toBe('overview');
    if (plan.kind !== 'overview') return;
    const capacity = fitCells(FULL_HD, TILE_CELL, 200, 0).shown;
    expect(plan.tiles).toHaveLength(capacity - 1);
    expect(plan.hidden).toBe(200 - capacity + 1);
  });

  it('shows the cluster the facilitator zoomed to, large when it can', () => {
    const grouped = groupBoard(workshop(6, 6, 4));
    const focusId = grouped.clusters[2]!.cluster!.id;
    const plan = planBoard(grouped, focusId, FULL_HD);
    expect(plan).toMatchObject({ kind: 'focus', hidden: 0 });
    if (plan.kind !== 'focus') return;
    expect(plan.group.cluster?.heading).toBe('Kluster 3');
    expect(plan.notes).toHaveLength(6);
    expect(plan.grid.scale).toBe(SCALES[0]);
  });

  it('counts the notes of a zoomed cluster that do not fit', () => {
    const grouped = groupBoard(workshop(1, 120));
    const plan = planBoard(grouped, grouped.clusters[0]!.cluster!.id, FULL_HD);
    expect(plan.kind).toBe('focus');
    if (plan.kind !== 'focus') return;
    expect(plan.grid.scale).toBe(1);
    expect(plan.notes.length + plan.hidden).toBe(120);
    expect(plan.hidden).toBeGreaterThan(1);
  });

  it('ignores a zoom to a cluster that is gone, and says when the board is empty', () => {
    expect(planBoard(groupBoard(workshop(1, 1)), uuid(), FULL_HD).kind).toBe('notes');
    expect(planBoard(groupBoard(board([], [])), null, FULL_HD).kind).toBe('empty');
  });

  it('keeps a note whose cluster is missing with the free notes', () => {
    const grouped = groupBoard(board([], [note('Vilse', uuid())]));
    expect(grouped.free.map((n) => n.text)).toEqual(['Vilse']);
  });
});
