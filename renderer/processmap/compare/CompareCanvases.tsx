/**
 * Nuläge and önskat läge side by side, read-only, with the editor's node
 * shapes and the comparison's mark on each step. Pan and zoom are shared:
 * a move of one canvas sets the other's viewport, and a canvas already at
 * the viewport it is told is left alone, so the echo of that set ends the
 * exchange instead of bouncing back.
 */
import { Background, Controls, type NodeProps, type NodeTypes, ReactFlow, type ReactFlowInstance, ReactFlowProvider, type Viewport } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { type ComponentType, memo, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../../shared/processmap/compare';
import type { MapView } from '../../../shared/processmap/schema';
import type { Translate } from '../../i18n/translate';
import { flowAriaLabels } from '../flowAria';
import { arrowEdges, type Drawn, type ElementData, type ElementNode, elementNodes, laneNodes, type MapNode } from '../flowModel';
import { mapNodeTypes } from '../MapNodes';
import { overlayMarks, type Side } from './compareOverlay';

interface MarkedData extends ElementData {
  readonly mark: string;
}

/** The editor's node for the kind, with the comparison's words under it. */
function marked(Base: ComponentType<NodeProps<ElementNode>>) {
  return memo(function Marked(props: NodeProps<ElementNode>) {
    const { mark } = props.data as MarkedData;
    return (
      <>
        <Base {...props} />
        {mark ? <span className="map-compare__mark">{mark}</span> : null}
      </>
    );
  });
}

const compareNodeTypes: NodeTypes = Object.fromEntries(
  Object.entries(mapNodeTypes).map(([kind, Base]) => [kind, kind === 'lane' ? Base : marked(Base as ComponentType<NodeProps<ElementNode>>)]),
);

const SIDES: readonly Side[] = ['current', 'desired'];
const MIN_ZOOM = 0.1;
const same = (a: Viewport, b: Viewport) => a.x === b.x && a.y === b.y && a.zoom === b.zoom;

export function CompareCanvases({ views, comparison }: { readonly views: Record<Side, MapView>; readonly comparison: Comparison }) {
  const flows = useRef<Partial<Record<Side, ReactFlowInstance<MapNode>>>>({});
  const follow = (side: Side, viewport: Viewport): void => {
    const other = flows.current[side === 'current' ? 'desired' : 'current'];
    if (other && !same(other.getViewport(), viewport)) void other.setViewport(viewport);
  };
  const ready = (side: Side, instance: ReactFlowInstance<MapNode>): void => {
    flows.current[side] = instance;
    const { current, desired } = flows.current;
    if (current && desired) void current.fitView().then(() => desired.setViewport(current.getViewport()));
  };
  return (
    <div className="map-compare__canvases">
      {SIDES.map((side) => (
        <CompareSide key={side} side={side} view={views[side]} views={views} comparison={comparison} onMove={(viewport) => follow(side, viewport)} onReady={(instance) => ready(side, instance)} />
      ))}
    </div>
  );
}

interface CanvasProps {
  readonly side: Side;
  readonly view: MapView;
  readonly views: Record<Side, MapView>;
  readonly comparison: Comparison;
  readonly onMove: (viewport: Viewport) => void;
  readonly onReady: (instance: ReactFlowInstance<MapNode>) => void;
}

/** One side's map with the comparison's marks on its steps. */
function markedNodes(t: Translate, { side, view, views, comparison }: Omit<CanvasProps, 'onMove' | 'onReady'>): MapNode[] {
  const marks = overlayMarks(t, comparison, side, views);
  const elements = elementNodes(t, view, new Set()).map((node) => {
    const mark = marks.get(node.id);
    return {
      ...node,
      className: mark ? `map-compare--${mark.status}` : undefined,
      ariaLabel: mark ? `${node.ariaLabel ?? ''} ${mark.text}` : node.ariaLabel,
      data: { ...node.data, mark: mark && mark.status !== 'same' ? mark.text : '' },
    };
  });
  return [...laneNodes(view.lanes, view.elements, null), ...elements];
}

/**
 * React Flow's store starts with the side's map in it, as in the editor
 * (see MapCanvas): started empty, Chromium rebuilds the page's layers on
 * every frame of a pan.
 */
function CompareSide(props: CanvasProps) {
  const { t } = useTranslation();
  const { side, view, views, comparison } = props;
  const nodes = useMemo(() => markedNodes(t, { side, view, views, comparison }), [t, side, view, views, comparison]);
  const edges = useMemo(() => arrowEdges(t, view, new Set()), [t, view]);
  const [initial] = useState<Drawn>({ nodes, edges });
  return (
    <ReactFlowProvider initialNodes={initial.nodes} initialEdges={initial.edges} initialMinZoom={MIN_ZOOM}>
      <CompareCanvas {...props} nodes={nodes} edges={edges} />
    </ReactFlowProvider>
  );
}

function CompareCanvas({ side, view, nodes, edges, onMove, onReady }: CanvasProps & Drawn) {
  const { t } = useTranslation();
  const ariaLabelConfig = useMemo(() => flowAriaLabels(t), [t]);
  const state = t(`processMap.states.${view.map.state}`);
  return (
    <div className="map-compare__side" role="region" aria-label={t('processMap.compare.canvasLabel', { state })} data-side={side}>
      <h2 className="map-compare__side-title">{state}</h2>
      <div className="map-canvas map-compare__canvas">
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={compareNodeTypes}
          ariaLabelConfig={ariaLabelConfig}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable={false}
          nodesFocusable={false}
          edgesFocusable={false}
          onInit={onReady}
          onMove={(_, viewport) => onMove(viewport)}
          minZoom={MIN_ZOOM}
        >
          <Background />
          <Controls showInteractive={false} />
        </ReactFlow>
      </div>
    </div>
  );
}
