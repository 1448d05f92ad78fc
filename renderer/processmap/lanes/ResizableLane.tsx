/**
 * The bottom edge of a lane band, dragged to make the lane taller or
 * shorter; never shorter than its elements need. The lane is stored once,
 * when the drag ends (one undoable step), and the next read of the map
 * moves the lanes below it. A refused height (the lane changed meanwhile,
 * say) puts the band back at once: no read of the map follows a refusal.
 * The number field in "Filer och faser" is the same change by keyboard.
 */
import { NodeResizeControl, type NodeProps, ResizeControlVariant, useReactFlow } from '@xyflow/react';
import { type ComponentType, memo, useRef } from 'react';
import { LANE_MIN_HEIGHT, LaneHeight, type MapLaneId } from '../../../shared/processmap/schema';
import { useApi } from '../../api/ApiContext';
import type { LaneNode } from '../flowModel';
import { mapNodeTypes } from '../MapNodes';
import { refusedAsTooSmall } from './sizeError';
import { useRefusalToast } from './useRefusalToast';

function LaneResizeHandle({ nodeId, laneId, minHeight }: { readonly nodeId: string; readonly laneId: string; readonly minHeight: number }) {
  const api = useApi();
  const refused = useRefusalToast();
  const { updateNode } = useReactFlow();
  const before = useRef<number | null>(null);
  return (
    <NodeResizeControl
      position="bottom"
      variant={ResizeControlVariant.Line}
      className="map-lane__resize"
      minHeight={minHeight}
      maxHeight={Number(LaneHeight.maxValue)}
      onResizeStart={(_, { height }) => {
        before.current = height;
      }}
      onResizeEnd={(_, { height }) => {
        const stored = before.current;
        refused(api.invoke('mapLane.update', { id: laneId as MapLaneId, height: Math.round(height) }), {
          explain: (failure) => {
            const minimum = refusedAsTooSmall(failure, 'height', LANE_MIN_HEIGHT);
            return minimum === null ? null : (t) => t('processMap.lanes.tooLow', { minimum });
          },
          undo: () => {
            if (stored !== null) updateNode(nodeId, { height: stored });
          },
        });
      }}
    />
  );
}

const Band = mapNodeTypes.lane as ComponentType<NodeProps<LaneNode>>;

/** The editor's lane band, with its bottom edge to drag; other views of a map draw the band alone. */
export const ResizableLane = memo(function ResizableLane(props: NodeProps<LaneNode>) {
  return (
    <>
      <Band {...props} />
      <LaneResizeHandle nodeId={props.id} laneId={props.data.laneId} minHeight={props.data.minHeight} />
    </>
  );
});
