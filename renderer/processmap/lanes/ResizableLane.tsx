/**
 * The bottom edge of a lane band, dragged to make the lane taller or
 * shorter; never shorter than its elements need. The lane is stored once,
 * when the drag ends (one undoable step), and the next read of the map
 * moves the lanes below it. The number field in "Filer och faser" is the
 * same change by keyboard.
 */
import { NodeResizeControl, type NodeProps, ResizeControlVariant } from '@xyflow/react';
import { type ComponentType, memo } from 'react';
import { LaneHeight, type MapLaneId } from '../../../shared/processmap/schema';
import { useApi } from '../../api/ApiContext';
import type { LaneNode } from '../flowModel';
import { mapNodeTypes } from '../MapNodes';
import { useRefusalToast } from './useRefusalToast';

function LaneResizeHandle({ laneId, minHeight }: { readonly laneId: string; readonly minHeight: number }) {
  const api = useApi();
  const refused = useRefusalToast();
  return (
    <NodeResizeControl
      position="bottom"
      variant={ResizeControlVariant.Line}
      className="map-lane__resize"
      minHeight={minHeight}
      maxHeight={Number(LaneHeight.maxValue)}
      onResizeEnd={(_, { height }) => {
        refused(api.invoke('mapLane.update', { id: laneId as MapLaneId, height: Math.round(height) }));
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
      <LaneResizeHandle laneId={props.data.laneId} minHeight={props.data.minHeight} />
    </>
  );
});
