/**
 * Aligning a selection of elements. Every operation keeps each element in
 * its lane (only x and the offset within the lane change, the offset kept
 * inside the lane) and ends with no two elements of a lane overlapping: an
 * element that would land on another is pushed right past it.
 */
import { absoluteY, clampOffset, type LaneBand } from './lanes';

export interface Placed {
  readonly id: string;
  readonly laneId: string;
  readonly x: number;
  readonly offset: number;
  readonly width: number;
  readonly height: number;
}

export type AlignKind = 'tops' | 'left' | 'distribute';
export const alignKinds: readonly AlignKind[] = ['tops', 'distribute', 'left'];

/** The least room between two elements pushed apart, or spread out. */
export const ALIGN_GAP = 24;

/** Whether two elements share a lane and some of its area. */
export function overlapping(a: Placed, b: Placed): boolean {
  return a.laneId === b.laneId && a.x < b.x + b.width && b.x < a.x + a.width && a.offset < b.offset + b.height && b.offset < a.offset + a.height;
}

/** Places the moved elements left to right, each pushed right until it is clear of the fixed ones and those placed before it. */
export function pushClear(moved: readonly Placed[], fixed: readonly Placed[]): Placed[] {
  const placed = [...fixed];
  return [...moved]
    .sort((a, b) => a.x - b.x)
    .map((element) => {
      let at = element;
      for (let blocker = placed.find((p) => overlapping(at, p)); blocker; blocker = placed.find((p) => overlapping(at, p))) {
        at = { ...at, x: blocker.x + blocker.width + ALIGN_GAP };
      }
      placed.push(at);
      return at;
    });
}

function aligned(kind: AlignKind, chosen: readonly Placed[], lanes: readonly LaneBand[]): Placed[] {
  if (kind === 'left') {
    const left = Math.min(...chosen.map((e) => e.x));
    return chosen.map((e) => ({ ...e, x: left }));
  }
  if (kind === 'tops') {
    const top = new Map<string, number>();
    for (const e of chosen) top.set(e.laneId, Math.min(top.get(e.laneId) ?? e.offset, e.offset));
    const laneHeight = new Map(lanes.map((l) => [l.id, l.height]));
    return chosen.map((e) => ({ ...e, offset: clampOffset(top.get(e.laneId)!, e.height, laneHeight.get(e.laneId) ?? e.height) }));
  }
  // Equal gaps between neighbours along the flow, from the leftmost to the rightmost, never less than ALIGN_GAP.
  const ordered = [...chosen].sort((a, b) => a.x - b.x);
  const last = ordered[ordered.length - 1]!;
  const span = last.x + last.width - ordered[0]!.x;
  const gap = Math.max(ALIGN_GAP, (span - ordered.reduce((sum, e) => sum + e.width, 0)) / Math.max(1, ordered.length - 1));
  let x = ordered[0]!.x;
  return ordered.map((e) => {
    const at = { ...e, x: Math.round(x) };
    x += e.width + gap;
    return at;
  });
}

/** The moves (absolute canvas positions) that align the chosen elements; only those that change. */
export function alignMoves(kind: AlignKind, elements: readonly Placed[], ids: ReadonlySet<string>, lanes: readonly LaneBand[]): { id: string; x: number; y: number }[] {
  const chosen = elements.filter((e) => ids.has(e.id));
  if (chosen.length < 2) return [];
  const result = pushClear(
    aligned(kind, chosen, lanes),
    elements.filter((e) => !ids.has(e.id)),
  );
  const before = new Map(chosen.map((e) => [e.id, e]));
  return result
    .filter((e) => e.x !== before.get(e.id)!.x || e.offset !== before.get(e.id)!.offset)
    .map((e) => ({ id: e.id, x: e.x, y: absoluteY(lanes, e.laneId, e.offset) }));
}
