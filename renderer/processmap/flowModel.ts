/**
 * The map as React Flow nodes and edges: one background node per lane
 * (not selectable, draggable or focusable, so it is scenery), then one node
 * per element at its lane's top plus its offset, then the arrows. Words
 * come ready-translated so a node re-renders only when its element changes.
 */
import { MarkerType, type Edge, type Node, type NodeHandle, Position } from '@xyflow/react';
import { elementPosition, laneRects } from '../../shared/processmap/canvas';
import { laneMinHeight } from '../../shared/processmap/lanes';
import type { MapElement, MapLane, MapView } from '../../shared/processmap/schema';
import type { Translate } from '../i18n/translate';
import type { PhaseNode } from './lanes/phaseColumns';

export interface LaneData extends Record<string, unknown> {
  readonly laneId: string;
  readonly name: string;
  /** The least height its elements need, which a drag of its bottom edge cannot go below. */
  readonly minHeight: number;
  readonly target: boolean;
  readonly even: boolean;
}

export interface ElementData extends Record<string, unknown> {
  readonly element: MapElement;
  readonly text: string;
  readonly notes: string;
  /** "Problem i nuläget: …", or empty. */
  readonly problem: string;
  /** "Ansvarig: …", or empty. */
  readonly responsible: string;
}

export type LaneNode = Node<LaneData, 'lane'>;
export type ElementNode = Node<ElementData, MapElement['kind']>;
export type MapNode = LaneNode | PhaseNode | ElementNode;

/** A map as React Flow draws it, nodes and edges. */
export interface Drawn {
  readonly nodes: MapNode[];
  readonly edges: Edge[];
}

export const isElementNode = (node: MapNode): node is ElementNode => node.type !== 'lane' && node.type !== 'phase';

export function elementText(t: Translate, element: MapElement): string {
  return element.label || t('processMap.canvas.unnamed');
}

/** A step's problem marker and who answers for it, in words, for the canvas, its labels and the outline alike. */
export function elementNotes(t: Translate, element: MapElement): { problem: string; responsible: string } {
  return {
    problem: element.problem ? t(element.description ? 'processMap.element.problemShownText' : 'processMap.element.problemShown', { text: element.description }) : '',
    responsible: element.responsible ? t('processMap.element.responsibleShown', { name: element.responsible }) : '',
  };
}

/** A background node: below the arrows' layer (React Flow draws it under nodes of z-index 0), and nothing a user can pick, move, reach by Tab or connect. */
export const SCENERY = { zIndex: -1, selectable: false, draggable: false, focusable: false, connectable: false, deletable: false } as const;

export function laneNodes(lanes: readonly MapLane[], elements: readonly MapElement[], targetLane: string | null): LaneNode[] {
  return laneRects(lanes, elements).map(({ lane, x, y, width, height }, index) => ({
    id: `lane:${lane.id}`,
    type: 'lane',
    position: { x, y },
    width,
    height,
    data: { laneId: lane.id, name: lane.name, minHeight: laneMinHeight(elements.filter((e) => e.laneId === lane.id)), target: lane.id === targetLane, even: index % 2 === 1 },
    ...SCENERY,
  }));
}

/** React Flow's handle box: 6 px and a 1 px border (its style.css), centred on the node's edge; MapNodes' anchors copy it. */
const HANDLE = 8;

/**
 * Where an element's arrows start and end: its handles, at the middle of
 * its left and right edges, as React Flow would measure them in the page.
 * Given with the node, together with its size, so the arrows are drawn in
 * the first frame, before React Flow has measured anything.
 */
export function elementHandles(width: number, height: number): NodeHandle[] {
  const y = height / 2 - HANDLE / 2;
  return [
    { type: 'target', position: Position.Left, x: -HANDLE / 2, y, width: HANDLE, height: HANDLE },
    { type: 'source', position: Position.Right, x: width - HANDLE / 2, y, width: HANDLE, height: HANDLE },
  ];
}

export function elementNodes(t: Translate, view: MapView, selected: ReadonlySet<string>): ElementNode[] {
  const laneName = new Map(view.lanes.map((lane) => [lane.id, lane.name]));
  // A big map has a thousand elements of a handful of kinds: each kind's name is looked up once.
  const kindNames = new Map<MapElement['kind'], string>();
  const kindName = (kind: MapElement['kind']): string => kindNames.get(kind) ?? kindNames.set(kind, t(`processMap.kinds.${kind}`)).get(kind) ?? '';
  return view.elements.map((element) => {
    const text = elementText(t, element);
    const notes = elementNotes(t, element);
    const label = t('processMap.canvas.element', { kind: kindName(element.kind), label: text, lane: laneName.get(element.laneId) ?? '' });
    return {
      id: element.id,
      type: element.kind,
      position: elementPosition(view.lanes, element),
      width: element.width,
      height: element.height,
      measured: { width: element.width, height: element.height },
      handles: elementHandles(element.width, element.height),
      selected: selected.has(element.id),
      ariaLabel: [label, notes.responsible, notes.problem].filter(Boolean).join('. '),
      data: { element, text, notes: element.kind === 'challenge' ? t('processMap.canvas.notes', { count: element.noteCount }) : '', ...notes },
    };
  });
}

export function arrowEdges(t: Translate, view: MapView, selected: ReadonlySet<string>): Edge[] {
  const text = new Map(view.elements.map((element) => [element.id, elementText(t, element)]));
  return view.arrows.map((arrow) => {
    const words = { from: text.get(arrow.from) ?? '', to: text.get(arrow.to) ?? '', label: arrow.label };
    return {
      id: arrow.id,
      source: arrow.from,
      target: arrow.to,
      type: 'smoothstep',
      label: arrow.label || undefined,
      markerEnd: { type: MarkerType.ArrowClosed },
      selected: selected.has(arrow.id),
      ariaLabel: t(arrow.label ? 'processMap.canvas.arrowLabelled' : 'processMap.canvas.arrow', words),
    };
  });
}
