import { describe, expect, it } from 'vitest';
import { ALIGN_GAP, alignMoves, overlapping, type AlignKind, type Placed } from './align';
import { placeInLane } from './lanes';

const lanes = [
  { id: 'a', rank: 1, height: 160 },
  { id: 'b', rank: 2, height: 200 },
];
const box = (id: string, laneId: string, x: number, offset: number, width = 100, height = 60): Placed => ({ id, laneId, x, offset, width, height });

/** The elements after the moves, read back through the lanes as the core stores them. */
function applied(elements: readonly Placed[], kind: AlignKind, ids: readonly string[]): Placed[] {
  const moves = new Map(alignMoves(kind, elements, new Set(ids), lanes).map((m) => [m.id, m]));
  return elements.map((e) => {
    const move = moves.get(e.id);
    if (!move) return e;
    const placed = placeInLane(lanes, move.y, e.height)!;
    return { ...e, x: move.x, laneId: placed.lane.id, offset: placed.offset };
  });
}

function expectTidy(before: readonly Placed[], after: readonly Placed[]): void {
  after.forEach((e, i) => expect(e.laneId).toBe(before[i]!.laneId));
  for (const a of after) for (const b of after) if (a !== b) expect(overlapping(a, b)).toBe(false);
}

describe('alignMoves', () => {
  it('aligns tops within each lane, not across lanes', () => {
    const before = [box('1', 'a', 0, 10), box('2', 'a', 200, 70), box('3', 'b', 0, 100), box('4', 'b', 300, 40)];
    const after = applied(before, 'tops', ['1', '2', '3', '4']);
    expect(after.map((e) => e.offset)).toEqual([10, 10, 40, 40]);
    expectTidy(before, after);
  });

  it('pushes an element right when aligning it would land it on another, chosen or not', () => {
    const before = [box('1', 'b', 0, 10), box('2', 'b', 50, 120), box('3', 'b', 160, 10)];
    const after = applied(before, 'tops', ['1', '2']);
    expect(after[1]!.offset).toBe(10);
    expect(after[1]!.x).toBe(160 + 100 + ALIGN_GAP);
    expectTidy(before, after);
  });

  it('aligns left edges across lanes, and stacks none on another in one lane', () => {
    const before = [box('1', 'a', 300, 10), box('2', 'b', 120, 10), box('3', 'b', 500, 10)];
    const after = applied(before, 'left', ['1', '2', '3']);
    expect(after.map((e) => e.x)).toEqual([120, 120, 120 + 100 + ALIGN_GAP]);
    expectTidy(before, after);
  });

  it('distributes with equal gaps from the leftmost to the rightmost, never closer than the least gap', () => {
    const spread = [box('1', 'a', 0, 10), box('2', 'b', 140, 10), box('3', 'a', 600, 10)];
    expect(applied(spread, 'distribute', ['1', '2', '3']).map((e) => e.x)).toEqual([0, 300, 600]);
    const crowded = [box('1', 'a', 0, 10), box('2', 'a', 90, 80), box('3', 'b', 100, 10)];
    const after = applied(crowded, 'distribute', ['1', '2', '3']);
    expect(after.map((e) => e.x)).toEqual([0, 100 + ALIGN_GAP, 2 * (100 + ALIGN_GAP)]);
    expectTidy(crowded, after);
  });

  it('keeps an element inside its lane and moves nothing for fewer than two', () => {
    const tall = [box('1', 'a', 0, 0, 100, 150), box('2', 'a', 300, 5, 100, 60)];
    const after = applied(tall, 'tops', ['1', '2']);
    expect(after.every((e) => e.offset >= 0 && e.offset + e.height <= 160)).toBe(true);
    expect(alignMoves('left', tall, new Set(['1']), lanes)).toEqual([]);
  });
});
