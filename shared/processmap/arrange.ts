/**
 * "Ordna": the map laid out along its flow, lane by lane. A layout engine
 * (ELK's layered algorithm, in a web worker) decides only the order along
 * the flow, that is which column each element falls in; the rows are the
 * lanes, so no element ever changes lane. These are the pure halves on
 * either side of the engine: the problem to hand it, and the positions its
 * answer gives, sent as one `mapElement.move` so the whole of it is one undo
 * step.
 */
import { laneSpans, type LaneSpan } from './lanes';
import type { MapElement, MapElementId, MapLane, MapView } from './schema';

/** Left edge of the first column, as in templates. */
export const ARRANGE_MARGIN = 40;
/** Air between two columns, room for the arrows between them. */
export const COLUMN_GAP = 60;
/** Air between elements that share a lane and a column, side by side. */
export const ITEM_GAP = 20;

export interface LayoutNode {
  readonly id: MapElementId;
  readonly width: number;
  readonly height: number;
  /** Index of the node's lane, top to bottom. */
  readonly lane: number;
}

export interface LayoutEdge {
  readonly id: string;
  readonly from: MapElementId;
  readonly to: MapElementId;
}

/** The flow: every element some arrow touches, in the order they stand along the map now. */
export interface LayoutProblem {
  readonly nodes: readonly LayoutNode[];
  readonly edges: readonly LayoutEdge[];
}

/** Where the engine put a node; only the x matters (its column), y orders nodes sharing a lane and a column. */
export interface LayoutPlacement {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

export interface ArrangedMove {
  readonly id: MapElementId;
  readonly x: number;
  readonly y: number;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Elements as they stand: left to right, then top to bottom, ids breaking ties, whatever order the view lists them in. */
function standingOrder(elements: readonly MapElement[], laneIndex: ReadonlyMap<string, number>): MapElement[] {
  const lane = (e: MapElement) => laneIndex.get(e.laneId) ?? Number.MAX_SAFE_INTEGER;
  return [...elements].sort((a, b) => a.x - b.x || lane(a) - lane(b) || a.offset - b.offset || byText(a.id, b.id));
}

function laneIndexOf(lanes: readonly MapLane[]): Map<string, number> {
  return new Map(laneSpans(lanes).map((span, index) => [span.lane.id, index]));
}

/** Arrows between two different elements of the map; a loop onto itself says nothing about order. */
function flowArrows(view: MapView): LayoutEdge[] {
  const ids = new Set<string>(view.elements.map((e) => e.id));
  return view.arrows
    .filter((a) => a.from !== a.to && ids.has(a.from) && ids.has(a.to))
    .map((a) => ({ id: a.id, from: a.from, to: a.to }))
    .sort((a, b) => byText(a.id, b.id));
}

export function layoutProblem(view: MapView): LayoutProblem {
  const laneIndex = laneIndexOf(view.lanes);
  const edges = flowArrows(view);
  const inFlow = new Set(edges.flatMap((e) => [e.from, e.to]));
  const nodes = standingOrder(view.elements, laneIndex)
    .filter((e) => inFlow.has(e.id) && laneIndex.has(e.laneId))
    .map((e) => ({ id: e.id, width: e.width, height: e.height, lane: laneIndex.get(e.laneId) ?? 0 }));
  const placed = new Set<string>(nodes.map((n) => n.id));
  return { nodes, edges: edges.filter((e) => placed.has(e.from) && placed.has(e.to)) };
}

/**
 * The problem as an ELK graph, laid out left to right. Every node gets the
 * same width so the nodes of one layer share one x, which is how the answer
 * tells columns apart. Cycles (loops back to an earlier step) are broken
 * depth first from the nodes in the order they stand now, so the arrow that
 * points back stays the one drawn backwards. Within a layer the nodes are
 * ordered by lane, from the y each is given, since the lanes decide the rows
 * anyway; for the same reason the engine's own care for crossings and edge
 * routes is kept to its least, which is most of its time.
 */
export function elkGraph(problem: LayoutProblem) {
  const width = Math.max(1, ...problem.nodes.map((n) => n.width));
  const rowPitch = Math.max(1, ...problem.nodes.map((n) => n.height)) * 2;
  return {
    id: 'map',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.separateConnectedComponents': 'false',
      'elk.layered.cycleBreaking.strategy': 'DEPTH_FIRST',
      'elk.layered.considerModelOrder.strategy': 'NONE',
      'elk.layered.crossingMinimization.strategy': 'INTERACTIVE',
      'elk.layered.thoroughness': '1',
      'elk.layered.nodePlacement.strategy': 'SIMPLE',
      'elk.edgeRouting': 'POLYLINE',
      'elk.randomSeed': '1',
    },
    children: problem.nodes.map((n, index) => ({ id: n.id, width, height: n.height, x: index, y: n.lane * rowPitch })),
    edges: problem.edges.map((e) => ({ id: e.id, sources: [e.from], targets: [e.to] })),
  };
}

export type ElkGraph = ReturnType<typeof elkGraph>;
/** What ELK answers: the graph with each child's place filled in. */
export interface ElkAnswer {
  readonly children?: readonly { readonly id: string; readonly x?: number; readonly y?: number }[];
}

export function placementsOf(answer: ElkAnswer): LayoutPlacement[] {
  return (answer.children ?? []).map((c) => ({ id: c.id, x: c.x ?? 0, y: c.y ?? 0 }));
}

/** Columns from the engine's x: each distinct x (to a thousandth) is one column, left to right. */
function columnsOf(placements: readonly LayoutPlacement[]): Map<string, number> {
  const key = (x: number) => Math.round(x * 1000);
  const distinct = [...new Set(placements.map((p) => key(p.x)))].sort((a, b) => a - b);
  const rank = new Map(distinct.map((x, index) => [x, index]));
  return new Map(placements.map((p) => [p.id, rank.get(key(p.x)) ?? 0]));
}

/**
 * A column for every element outside the flow: a card pinned to an element
 * goes where that element goes; anything else joins the column of the flow
 * element nearest to it along the map now. With no flow at all, each
 * distinct x is a column, so the elements keep their order.
 */
function placeOutsiders(ordered: readonly MapElement[], flowColumns: Map<string, number>): Map<string, number> {
  const columns = new Map(flowColumns);
  const byId = new Map(ordered.map((e) => [e.id, e]));
  const flow = ordered.filter((e) => flowColumns.has(e.id));
  const loose = ordered.filter((e) => !flowColumns.has(e.id));
  const distinctX = [...new Set(loose.map((e) => e.x))].sort((a, b) => a - b);

  const nearest = (element: MapElement): number => {
    if (flow.length === 0) return distinctX.indexOf(element.x);
    let best = flow[0]!;
    for (const candidate of flow) if (Math.abs(candidate.x - element.x) < Math.abs(best.x - element.x)) best = candidate;
    return flowColumns.get(best.id) ?? 0;
  };
  const resolve = (element: MapElement, seen: Set<string>): number => {
    const known = columns.get(element.id);
    if (known !== undefined) return known;
    const target = element.pinnedTo === null ? undefined : byId.get(element.pinnedTo);
    // A pin chain that loops back on itself falls back to where the element stands.
    const column = target && !seen.has(target.id) ? resolve(target, seen.add(element.id)) : nearest(element);
    columns.set(element.id, column);
    return column;
  };
  for (const element of loose) resolve(element, new Set());
  return columns;
}

/**
 * The place of every element after "Ordna": its column along the flow, its
 * own lane's middle across it. Elements sharing a lane and a column stand
 * side by side, the column as wide as its widest such group, so nothing
 * overlaps. The y sent is the top that puts the element's middle on its
 * lane's middle, which is where `mapElement.move` finds the lane.
 */
export function arrangedMoves(view: MapView, placements: readonly LayoutPlacement[]): ArrangedMove[] {
  const laneIndex = laneIndexOf(view.lanes);
  const spans = new Map<string, LaneSpan<MapLane>>(laneSpans(view.lanes).map((s) => [s.lane.id, s]));
  const ordered = standingOrder(view.elements, laneIndex).filter((e) => spans.has(e.laneId));
  const standing = new Map(ordered.map((e, index) => [e.id, index]));
  const present = new Set<string>(ordered.map((e) => e.id));
  const engine = placements.filter((p) => present.has(p.id));
  const engineY = new Map(engine.map((p) => [p.id, p.y]));
  const columns = placeOutsiders(ordered, columnsOf(engine));

  // Flow elements in the engine's order down the column, then the rest.
  const groups = new Map<string, MapElement[]>();
  for (const element of ordered) {
    const key = `${columns.get(element.id) ?? 0} ${element.laneId}`;
    const group = groups.get(key);
    if (group) group.push(element);
    else groups.set(key, [element]);
  }
  // Outside the flow there is no engine y: those follow, as they stand (Infinity − Infinity is NaN, so the tie falls through).
  const down = (e: MapElement) => engineY.get(e.id) ?? Number.POSITIVE_INFINITY;
  for (const group of groups.values()) group.sort((a, b) => down(a) - down(b) || standing.get(a.id)! - standing.get(b.id)!);

  const groupWidth = (group: readonly MapElement[]) => group.reduce((sum, e) => sum + e.width, 0) + ITEM_GAP * (group.length - 1);
  const columnCount = Math.max(0, ...[...columns.values()].map((c) => c + 1));
  const widths = Array.from({ length: columnCount }, () => 0);
  for (const group of groups.values()) {
    const column = columns.get(group[0]!.id) ?? 0;
    widths[column] = Math.max(widths[column]!, groupWidth(group));
  }
  const starts: number[] = [];
  widths.reduce((start, width, column) => {
    starts[column] = start;
    return start + width + (width > 0 ? COLUMN_GAP : 0);
  }, ARRANGE_MARGIN);

  const moves: ArrangedMove[] = [];
  for (const group of groups.values()) {
    const column = columns.get(group[0]!.id) ?? 0;
    let x = starts[column]! + (widths[column]! - groupWidth(group)) / 2;
    for (const element of group) {
      const span = spans.get(element.laneId)!;
      moves.push({ id: element.id, x: Math.round(x), y: span.top + (span.lane.height - element.height) / 2 });
      x += element.width + ITEM_GAP;
    }
  }
  return moves.sort((a, b) => byText(a.id, b.id));
}

/** The whole of "Ordna" for one map, given the engine to run. */
export async function arrangeMap(view: MapView, layout: (graph: ElkGraph) => Promise<ElkAnswer>): Promise<ArrangedMove[]> {
  const problem = layoutProblem(view);
  const placements = problem.nodes.length === 0 ? [] : placementsOf(await layout(elkGraph(problem)));
  return arrangedMoves(view, placements);
}
