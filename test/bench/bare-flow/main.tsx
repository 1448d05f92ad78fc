/**
 * The bench's yardstick, never shipped: React Flow alone holding the same
 * elements and arrows as the editor, at the same places — default nodes,
 * the same edge kind (smoothstep with an arrowhead), state kept the way
 * React Flow's own examples keep it. No lanes, custom nodes, minimap or app
 * around it, so what the editor costs above it is ours.
 */
import { applyEdgeChanges, applyNodeChanges, type Edge, type EdgeChange, MarkerType, type Node, type NodeChange, ReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { elementPosition } from '../../../shared/processmap/canvas';
import type { MapView } from '../../../shared/processmap/schema';

declare global {
  interface Window {
    benchView: MapView;
  }
}

const view = window.benchView;
const initialNodes: Node[] = view.elements.map((element) => ({
  id: element.id,
  position: elementPosition(view.lanes, element),
  width: element.width,
  height: element.height,
  data: { label: element.label },
}));
const initialEdges: Edge[] = view.arrows.map((arrow) => ({ id: arrow.id, source: arrow.from, target: arrow.to, type: 'smoothstep', markerEnd: { type: MarkerType.ArrowClosed } }));

function BareFlow() {
  const [nodes, setNodes] = useState(initialNodes);
  const [edges, setEdges] = useState(initialEdges);
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={(changes: NodeChange[]) => setNodes((current) => applyNodeChanges(changes, current))}
      onEdgesChange={(changes: EdgeChange[]) => setEdges((current) => applyEdgeChanges(changes, current))}
      fitView
      minZoom={0.1}
    />
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<BareFlow />);
