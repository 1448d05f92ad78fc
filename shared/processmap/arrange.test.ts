import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARRANGE_MARGIN, arrangedMoves, COLUMN_GAP, elkGraph, ITEM_GAP, layoutProblem, type ArrangedMove, type LayoutPlacement } from './arrange';
import { mapElement } from '../../test/support/map-element';
import { placeInLane } from './lanes';
import type { MapArrow, MapElement, MapLane, MapLaneId, MapView } from './schema';

const id = (prefix: string, n: number) => `${prefix}${String(n).padStart(4, '0')}`;

function lane(n: number, height: number, rank: number): MapLane {
  return { id: id('lane', n), mapId: 'map', name: `Fil ${n}`, height, huvudman: null, rank } as MapLane;
}

function element(n: number, fields: Partial<MapElement> & Pick<MapElement, 'laneId' | 'x'>): MapElement {
  return mapElement({ id: id('el', n), mapId: 'map', ...fields });
}

const arrow = (n: number, from: MapElement, to: MapElement): MapArrow => ({ id: id('ar', n), mapId: 'map', from: from.id, to: to.id, label: '' }) as MapArrow;

const view = (lanes: MapLane[], elements: MapElement[], arrows: MapArrow[]): MapView => ({ map: {} as MapView['map'], lanes, phases: [], elements, arrows });

/** Any map: lanes stacked out of list order, elements of any size that fits their lane, arrows between any two (loops and back edges too), pins. */
const anyMap = fc
  .array(fc.integer({ min: 60, max: 400 }), { minLength: 1, maxLength: 6 })
  .chain((heights) => {
    const lanes = heights.map((h, i) => lane(i, h, (i * 7) % heights.length));
    const anElement = fc.record({
      lane: fc.nat({ max: lanes.length - 1 }),
      x: fc.integer({ min: -2000, max: 8000 }),
      width: fc.integer({ min: 20, max: 400 }),
      heightShare: fc.double({ min: 0, max: 1, noNaN: true }),
      pin: fc.option(fc.nat(), { nil: undefined }),
    });
    return fc.array(anElement, { maxLength: 30 }).chain((specs) => {
      const elements = specs.map((s, n) => {
        const laneHeight = lanes[s.lane]!.height;
        return element(n, { laneId: lanes[s.lane]!.id, x: s.x, width: s.width, height: Math.round(20 + s.heightShare * (laneHeight - 20)) });
      });
      specs.forEach((s, n) => {
        if (s.pin !== undefined && elements.length > 0) elements[n] = { ...elements[n]!, pinnedTo: elements[s.pin % elements.length]!.id };
      });
      const pairs = elements.length === 0 ? fc.constant([]) : fc.array(fc.tuple(fc.nat({ max: elements.length - 1 }), fc.nat({ max: elements.length - 1 })), { maxLength: 40 });
      return pairs.chain((ends) => {
        const arrows = ends.map(([a, b], n) => arrow(n, elements[a]!, elements[b]!));
        const problem = layoutProblem(view(lanes, elements, arrows));
        // The engine's answer: a few shared x values, so columns hold several nodes.
        const placements = fc.tuple(
          ...problem.nodes.map((node) => fc.record({ id: fc.constant(node.id as string), x: fc.integer({ min: 0, max: 5 }).map((c) => c * 250), y: fc.integer({ min: 0, max: 2000 }) })),
        );
        return placements.map((placed) => ({ view: view(lanes, elements, arrows), placements: placed as LayoutPlacement[] }));
      });
    });
  });

const byElement = (moves: readonly ArrangedMove[]) => new Map<string, ArrangedMove>(moves.map((m) => [m.id, m]));

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed + 1;
  for (let i = copy.length - 1; i > 0; i -= 1) {
    state = (state * 16807) % 2147483647;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

describe('Ordna', () => {
  it('moves every element once, and each stays in its own lane', () => {
    fc.assert(
      fc.property(anyMap, ({ view: map, placements }) => {
        const moves = arrangedMoves(map, placements);
        expect(moves.map((m) => m.id).sort()).toEqual(map.elements.map((e) => e.id).sort());
        const moved = byElement(moves);
        for (const e of map.elements) expect(placeInLane(map.lanes, moved.get(e.id)!.y, e.height)?.lane.id).toBe(e.laneId);
      }),
    );
  });

  it('never lets two elements of one lane overlap', () => {
    fc.assert(
      fc.property(anyMap, ({ view: map, placements }) => {
        const moved = byElement(arrangedMoves(map, placements));
        for (const l of map.lanes) {
          const spans = map.elements
            .filter((e) => e.laneId === l.id)
            .map((e) => [moved.get(e.id)!.x, moved.get(e.id)!.x + e.width] as const)
            .sort((a, b) => a[0] - b[0]);
          for (let i = 1; i < spans.length; i += 1) expect(spans[i]![0]).toBeGreaterThan(spans[i - 1]![1]);
        }
      }),
    );
  });

  it('gives the same answer for the same map, whatever order its parts are listed in', () => {
    fc.assert(
      fc.property(anyMap, fc.nat(), ({ view: map, placements }, seed) => {
        const again = { ...map, lanes: shuffled(map.lanes, seed), elements: shuffled(map.elements, seed), arrows: shuffled(map.arrows, seed) };
        expect(arrangedMoves(again, shuffled(placements, seed))).toEqual(arrangedMoves(map, placements));
        expect(layoutProblem(again)).toEqual(layoutProblem(map));
      }),
    );
  });

  it('keeps the engine’s order along the flow: an arrow into a later column points right', () => {
    fc.assert(
      fc.property(anyMap, ({ view: map, placements }) => {
        const moved = byElement(arrangedMoves(map, placements));
        const column = new Map(placements.map((p) => [p.id, p.x]));
        const width = new Map<string, number>(map.elements.map((e) => [e.id, e.width]));
        for (const a of map.arrows) {
          if ((column.get(a.from) ?? 0) < (column.get(a.to) ?? 0)) expect(moved.get(a.from)!.x + width.get(a.from)!).toBeLessThan(moved.get(a.to)!.x);
        }
      }),
    );
  });

  it('puts a pinned card in its step’s column, loose elements by their nearest step, side by side in a shared lane', () => {
    const lanes = [lane(0, 160, 1), lane(1, 200, 2)];
    const [top, bottom] = lanes.map((l) => l.id) as [MapLaneId, MapLaneId];
    const start = element(0, { laneId: top, x: 0, width: 140, height: 60, kind: 'start' });
    const assess = element(1, { laneId: bottom, x: 300 });
    const decide = element(2, { laneId: top, x: 600, width: 120, height: 120, kind: 'decision' });
    const card = element(3, { laneId: bottom, x: 2000, width: 200, height: 100, kind: 'challenge', pinnedTo: assess.id });
    const comment = element(4, { laneId: top, x: 650, kind: 'comment' });
    const arrows = [arrow(0, start, assess), arrow(1, assess, decide), arrow(2, decide, assess), arrow(3, decide, decide)];
    const map = view(lanes, [start, assess, decide, card, comment], arrows);

    const problem = layoutProblem(map);
    expect(problem.nodes.map((n) => [n.id, n.lane])).toEqual([[start.id, 0], [assess.id, 1], [decide.id, 0]]);
    expect(problem.edges).toHaveLength(3);
    const graph = elkGraph(problem);
    expect(new Set(graph.children.map((c) => c.width))).toEqual(new Set([180]));

    const moved = byElement(arrangedMoves(map, [{ id: start.id, x: 0, y: 0 }, { id: assess.id, x: 300, y: 0 }, { id: decide.id, x: 600, y: 0 }]));
    const column1 = ARRANGE_MARGIN + 140 + COLUMN_GAP;
    const column1Width = 180 + ITEM_GAP + 200;
    const column2 = column1 + column1Width + COLUMN_GAP;
    expect(moved.get(start.id)).toEqual({ id: start.id, x: ARRANGE_MARGIN, y: 50 });
    expect(moved.get(assess.id)).toEqual({ id: assess.id, x: column1, y: 160 + 60 });
    expect(moved.get(card.id)).toEqual({ id: card.id, x: column1 + 180 + ITEM_GAP, y: 160 + 50 });
    expect(moved.get(decide.id)).toEqual({ id: decide.id, x: column2, y: 20 });
    expect(moved.get(comment.id)).toEqual({ id: comment.id, x: column2 + 120 + ITEM_GAP, y: 40 });
  });

  it('with no arrows at all, keeps the elements’ order along the map', () => {
    const lanes = [lane(0, 160, 1)];
    const [a, b] = [element(0, { laneId: lanes[0]!.id, x: 500 }), element(1, { laneId: lanes[0]!.id, x: -300 })];
    const map = view(lanes, [a, b], []);
    expect(layoutProblem(map).nodes).toEqual([]);
    expect(arrangedMoves(map, [])).toEqual([
      { id: a.id, x: ARRANGE_MARGIN + 180 + COLUMN_GAP, y: 40 },
      { id: b.id, x: ARRANGE_MARGIN, y: 40 },
    ]);
  });
});
