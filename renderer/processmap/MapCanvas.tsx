/**
 * The map drawn with React Flow. Nodes are kept in local state so a drag
 * moves them frame by frame without asking the core; what is stored
 * changes only when a gesture ends (one `mapElement.move` for everything
 * the drag carried, one for a run of arrow-key presses), and the next read
 * of the map replaces the local state again. A drop outside every lane is
 * refused here, before asking, and the nodes go back where they were.
 */
import {
  applyEdgeChanges,
  applyNodeChanges,
  Background,
  Controls,
  type Edge,
  type EdgeChange,
  type NodeChange,
  type OnBeforeDelete,
  Panel,
  ReactFlow,
  ReactFlowProvider,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { type KeyboardEvent, memo, type MouseEvent, type Ref, useCallback, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dropLane, dropRefused, elementPosition } from '../../shared/processmap/canvas';
import type { MapView } from '../../shared/processmap/schema';
import { useToasts } from '../common/toastContext';
import type { Translate } from '../i18n/translate';
import { flowAriaLabels } from './flowAria';
import { arrowEdges, type Drawn, type ElementNode, elementNodes, isElementNode, laneNodes, type MapNode } from './flowModel';
import { keepMeasured } from './keepMeasured';
import { ResizableLane } from './lanes/ResizableLane';
import { PhaseColumn, phaseNodes } from './lanes/phaseColumns';
import type { OpenDialog } from './mapDialogs';
import { MapMinimap } from './MapMinimap';
import { ConnectingContext, mapNodeTypes } from './MapNodes';
import { SelectionTools } from './selection/SelectionTools';
import { useArrivingSelection } from './selection/useArrivingSelection';
import { type SelectionActions, useSelectionActions } from './selection/useSelectionActions';
import { useTrayDrop } from './tray/useTrayDrop';
import { type Move, useMapActions } from './useMapActions';

const ARROW_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);
const DELETE_KEYS = ['Delete', 'Backspace'];
// Shift+click adds to the selection as in other diagram tools; Shift+drag on the pane draws a selection box (React Flow's default selectionKeyCode).
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const nodeTypes = { ...mapNodeTypes, lane: ResizableLane, phase: PhaseColumn };
const MIN_ZOOM = 0.1;
const NONE: ReadonlySet<string> = new Set();

/** Lane bands, then phase columns over them, then the elements: later nodes are drawn on top. */
const canvasNodes = (t: Translate, view: MapView, selected: ReadonlySet<string>, targetLane: string | null): MapNode[] => [
  ...laneNodes(view.lanes, view.elements, targetLane),
  ...phaseNodes(view.phases, view.lanes),
  ...elementNodes(t, view, selected),
];

interface CanvasProps {
  readonly view: MapView;
  readonly open: OpenDialog;
  /** The selected elements, for the tray's default lane and step. */
  readonly onSelect?: (ids: readonly string[]) => void;
  /** Copy and paste of the canvas's selection, for the page's Ctrl+C and Ctrl+V in the canvas and the outline. */
  readonly clipboard?: Ref<SelectionActions>;
}

/** Memoised: the page's own state (dialogs, panels) never renders the canvas again, only a new read of the map does. */
export const MapCanvas = memo(function MapCanvas(props: CanvasProps) {
  const { t } = useTranslation();
  // React Flow's store starts with the map in it, as it does when React Flow
  // makes its own store. Started empty, its viewport is first drawn without
  // nodes and filled a render later, and Chromium then rebuilds the page's
  // layers on every frame of a pan (about 10 ms a frame with 1,000 steps).
  const [initial] = useState<Drawn>(() => ({ nodes: canvasNodes(t, props.view, NONE, null), edges: arrowEdges(t, props.view, NONE) }));
  return (
    <ReactFlowProvider initialNodes={initial.nodes} initialEdges={initial.edges} initialMinZoom={MIN_ZOOM}>
      <Canvas {...props} initial={initial} />
    </ReactFlowProvider>
  );
});

const selectedIds = (items: readonly { id: string; selected?: boolean }[]): Set<string> => new Set(items.filter((i) => i.selected).map((i) => i.id));

function Canvas({ view, open, onSelect, clipboard, initial }: CanvasProps & { readonly initial: Drawn }) {
  const { t } = useTranslation();
  const { show } = useToasts();
  const actions = useMapActions(view.map.id);
  const trayDrop = useTrayDrop(view);
  const ariaLabelConfig = useMemo(() => flowAriaLabels(t), [t]);
  const [nodes, setNodes] = useState<MapNode[]>(initial.nodes);
  const [edges, setEdges] = useState<Edge[]>(initial.edges);
  const [shown, setShown] = useState({ view, t });
  const targetLane = useRef<string | null>(null);
  const [connecting, setConnecting] = useState(false);
  const onConnectStart = useCallback(() => setConnecting(true), []);
  const onConnectEnd = useCallback(() => setConnecting(false), []);
  const chosen = useMemo(() => new Set(nodes.filter(isElementNode).filter((node) => node.selected).map((node) => node.id)), [nodes]);
  const arrival = useArrivingSelection<MapNode>();
  const selection = useSelectionActions(view, chosen, actions, arrival.expect);
  useImperativeHandle(clipboard, () => selection);

  const fromView = useCallback((keep: ReadonlySet<string>, target: string | null) => canvasNodes(t, view, keep, target), [t, view]);

  // A new read of the map replaces the local nodes, set while rendering so the stale ones never paint; the selection stays.
  if (shown.view !== view || shown.t !== t) {
    setShown({ view, t });
    setNodes(keepMeasured(fromView(selectedIds(nodes), null), nodes));
    setEdges(arrowEdges(t, view, selectedIds(edges)));
  }
  arrival.settle(view, setNodes, setEdges);

  // Every handler given to React Flow keeps its identity while a gesture runs: React Flow copies each changed
  // one into its store, and every such copy runs every node's and edge's store selector again, on every frame.
  const showTarget = useCallback((laneId: string | null): void => {
    if (targetLane.current === laneId) return;
    targetLane.current = laneId;
    setNodes((current) => current.map((node) => (node.type === 'lane' ? { ...node, data: { ...node.data, target: node.id === `lane:${laneId}` } } : node)));
  }, []);

  /** Stores where the given nodes now are, or puts everything back when any of them is outside every lane. */
  const commit = useCallback(
    (moved: readonly ElementNode[]): void => {
      showTarget(null);
      const stored = new Map<string, { x: number; y: number }>(view.elements.map((e) => [e.id, elementPosition(view.lanes, e)]));
      const changed = moved.filter((node) => {
        const before = stored.get(node.id);
        return before !== undefined && (before.x !== node.position.x || before.y !== node.position.y);
      });
      if (changed.length === 0) return;
      const revert = () => setNodes((current) => keepMeasured(fromView(selectedIds(current), null), current));
      if (dropRefused(view.lanes, changed.map((node) => ({ y: node.position.y, height: node.data.element.height })))) {
        show({ tone: 'error', message: (t) => t('processMap.canvas.outsideLane') });
        revert();
        return;
      }
      const moves: Move[] = changed.map((node) => ({ id: node.id, ...node.position }));
      void actions.move(moves).then((done) => {
        if (!done) revert();
      });
    },
    [actions, fromView, show, showTarget, view],
  );

  const onSelectionChange = useCallback(({ nodes: chosen }: { nodes: MapNode[] }) => onSelect?.(chosen.filter(isElementNode).map((node) => node.id)), [onSelect]);

  const onNodesChange = useCallback((changes: NodeChange<MapNode>[]): void => setNodes((current) => applyNodeChanges(changes.filter((c) => c.type !== 'remove'), current)), []);
  const onEdgesChange = useCallback((changes: EdgeChange[]): void => setEdges((current) => applyEdgeChanges(changes.filter((c) => c.type !== 'remove'), current)), []);
  const onNodeDrag = useCallback(
    (_: unknown, node: MapNode) => showTarget(isElementNode(node) ? (dropLane(view.lanes, node.position.y, node.data.element.height)?.id ?? null) : null),
    [showTarget, view.lanes],
  );
  const onNodeDragStop = useCallback((_: unknown, __: unknown, dragged: MapNode[]) => commit(dragged.filter(isElementNode)), [commit]);
  const onConnect = useCallback(({ source, target }: { source: string; target: string }) => void actions.connect(source, target), [actions]);
  const onNodeDoubleClick = useCallback((_: MouseEvent, node: MapNode) => (isElementNode(node) ? open({ kind: 'label', elementId: node.id }) : undefined), [open]);
  const onEdgeDoubleClick = useCallback((_: MouseEvent, edge: Edge) => open({ kind: 'arrowLabel', arrowId: edge.id }), [open]);

  // The core deletes, as one step; React Flow removes nothing itself and the next read shows the result.
  const onBeforeDelete = useCallback<OnBeforeDelete<MapNode>>(
    async ({ nodes: gone, edges: goneEdges }) => {
      const elementIds = gone.filter(isElementNode).map((node) => node.id);
      const going = new Set(elementIds);
      const arrowIds = goneEdges.filter((edge) => !going.has(edge.source) && !going.has(edge.target)).map((edge) => edge.id);
      if (elementIds.length + arrowIds.length > 0) await actions.remove(elementIds, arrowIds);
      return false;
    },
    [actions],
  );

  // Enter edits the text (before React Flow would take it to select); space and Escape still select and deselect.
  const onKeyDownCapture = (event: KeyboardEvent<HTMLDivElement>): void => {
    // A button inside a node (a card's "Visa lappar") takes its own Enter.
    if (event.key !== 'Enter' || !(event.target instanceof HTMLElement) || event.target.closest('button')) return;
    const id = event.target.closest<HTMLElement>('.react-flow__node')?.dataset.id;
    const edgeId = event.target.closest<HTMLElement>('.react-flow__edge')?.dataset.id;
    if (id && view.elements.some((e) => e.id === id)) open({ kind: 'label', elementId: id });
    else if (edgeId) open({ kind: 'arrowLabel', arrowId: edgeId });
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const onKeyUp = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (ARROW_KEYS.has(event.key)) commit(nodes.filter(isElementNode).filter((node) => node.selected));
  };

  return (
    <div className="map-canvas" role="region" aria-label={t('processMap.page.canvasLabel', { name: view.map.name })} onKeyDownCapture={onKeyDownCapture} onKeyUp={onKeyUp}>
      <ConnectingContext value={connecting}>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          ariaLabelConfig={ariaLabelConfig}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onNodeDrag={onNodeDrag}
          onNodeDragStop={onNodeDragStop}
          onConnect={onConnect}
          onConnectStart={onConnectStart}
          onConnectEnd={onConnectEnd}
          onBeforeDelete={onBeforeDelete}
          onSelectionChange={onSelectionChange}
          onDragOver={trayDrop.onDragOver}
          onDrop={trayDrop.onDrop}
          deleteKeyCode={DELETE_KEYS}
          multiSelectionKeyCode={MULTI_SELECT_KEYS}
          onNodeDoubleClick={onNodeDoubleClick}
          onEdgeDoubleClick={onEdgeDoubleClick}
          zoomOnDoubleClick={false}
          fitView
          minZoom={MIN_ZOOM}
        >
          <Panel position="top-center">
            <SelectionTools count={chosen.size} actions={selection} />
          </Panel>
          <Background />
          <MapMinimap view={view} />
          <Controls showInteractive={false} />
        </ReactFlow>
      </ConnectingContext>
    </div>
  );
}
