/**
 * The map drawn with React Flow. Nodes are kept in local state so a drag
 * moves them frame by frame without asking the core; what is stored
 * changes only when a gesture ends, and the next read of the map replaces
 * the local state again.
 */
import { Background, Controls, type Edge, MiniMap, ReactFlow, ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapView } from '../../shared/processmap/schema';
import { flowAriaLabels } from './flowAria';
import { arrowEdges, elementNodes, laneNodes, type MapNode } from './flowModel';
import { mapNodeTypes } from './MapNodes';

const NO_SELECTION: ReadonlySet<string> = new Set();

export function MapCanvas({ view }: { readonly view: MapView }) {
  return (
    <ReactFlowProvider>
      <Canvas view={view} />
    </ReactFlowProvider>
  );
}

function Canvas({ view }: { readonly view: MapView }) {
  const { t } = useTranslation();
  const ariaLabelConfig = useMemo(() => flowAriaLabels(t), [t]);
  const [nodes, setNodes] = useState<MapNode[]>([]);
  const [edges, setEdges] = useState<Edge[]>([]);
  const [shown, setShown] = useState<{ view: MapView; t: typeof t } | null>(null);

  // A new read of the map replaces the local nodes, set while rendering so the stale ones never paint.
  if (shown?.view !== view || shown.t !== t) {
    setShown({ view, t });
    setNodes([...laneNodes(view.lanes, view.elements, null), ...elementNodes(t, view, NO_SELECTION)]);
    setEdges(arrowEdges(t, view, NO_SELECTION));
  }

  return (
    <div className="map-canvas" aria-label={t('processMap.page.canvasLabel', { name: view.map.name })} role="region">
      <ReactFlow nodes={nodes} edges={edges} nodeTypes={mapNodeTypes} ariaLabelConfig={ariaLabelConfig} fitView minZoom={0.1} nodesDraggable={false} nodesConnectable={false}>
        <Background />
        <MiniMap pannable zoomable />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
