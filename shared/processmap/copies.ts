/**
 * Copy and paste of map elements. A copy holds what makes each element
 * (its kind, text, size, lane and place) and the arrows among them; pasted,
 * the copies land in the same lanes, shifted right along the flow by the
 * selection's own width until none of them lies on an element already there.
 */
import { overlapping, ALIGN_GAP, type Placed } from './align';
import { absoluteY, clampOffset, laneSpans } from './lanes';
import type { ElementCreateMany, MapElement, MapView } from './schema';

export interface CopiedElement extends Placed {
  readonly kind: MapElement['kind'];
  readonly label: string;
  readonly description: string;
  readonly responsible: string;
  readonly problem: boolean;
  readonly clusterId: MapElement['clusterId'];
  readonly noteIds: MapElement['noteIds'];
  /** The lane's place from the top, for a paste into a map without that lane. */
  readonly laneIndex: number;
}

export interface Copied {
  readonly elements: readonly CopiedElement[];
  readonly arrows: readonly { readonly from: number; readonly to: number; readonly label: string }[];
}

/** The chosen elements of a map and the arrows between two of them; null when none is chosen. */
export function copySelection(view: MapView, ids: ReadonlySet<string>): Copied | null {
  const chosen = view.elements.filter((e) => ids.has(e.id));
  if (chosen.length === 0) return null;
  const laneIndex = new Map(laneSpans(view.lanes).map((span, index) => [span.lane.id, index]));
  const index = new Map(chosen.map((e, i) => [e.id, i]));
  return {
    elements: chosen.map((e) => ({
      ...{ id: e.id, kind: e.kind, laneId: e.laneId, x: e.x, offset: e.offset, width: e.width, height: e.height },
      ...{ label: e.label, description: e.description, responsible: e.responsible, problem: e.problem, clusterId: e.clusterId, noteIds: e.noteIds },
      laneIndex: laneIndex.get(e.laneId) ?? 0,
    })),
    arrows: view.arrows.filter((a) => index.has(a.from) && index.has(a.to)).map((a) => ({ from: index.get(a.from)!, to: index.get(a.to)!, label: a.label })),
  };
}

/** What to create for a paste into this map: each copy in its lane (or the lane at its place), clear of every element there. */
export function pasteInput(copied: Copied, view: MapView): ElementCreateMany {
  const spans = laneSpans(view.lanes);
  const lanes = copied.elements.map((e) => spans.find((s) => s.lane.id === e.laneId)?.lane ?? spans[Math.min(e.laneIndex, spans.length - 1)]!.lane);
  const landed = copied.elements.map((e, i) => ({ ...e, laneId: lanes[i]!.id, offset: clampOffset(e.offset, e.height, lanes[i]!.height) }));
  const left = Math.min(...landed.map((e) => e.x));
  const step = Math.max(...landed.map((e) => e.x + e.width)) - left + ALIGN_GAP;
  let shift = step;
  const clash = () => landed.some((e) => view.elements.some((other) => overlapping({ ...e, x: e.x + shift }, other)));
  while (clash()) shift += step;
  return {
    mapId: view.map.id,
    elements: landed.map((e) => ({
      kind: e.kind,
      x: e.x + shift,
      y: absoluteY(view.lanes, e.laneId, e.offset),
      width: e.width,
      height: e.height,
      label: e.label,
      description: e.description,
      responsible: e.responsible,
      // Only a nuläge marks problems; a paste into an önskat läge leaves the marks behind.
      problem: e.problem && view.map.state === 'nulage',
      clusterId: e.clusterId,
      noteIds: e.noteIds,
      pinnedTo: null,
    })),
    arrows: copied.arrows.map((a) => ({ ...a })),
  };
}
