/**
 * The bottom edge of a lane band, dragged to make the lane taller or
 * shorter; never shorter than its elements need. The lane is stored once,
 * when the drag ends (one undoable step), and the next read of the map
 * moves the lanes below it. The number field in "Filer och faser" is the
 * same change by keyboard.
 */
import { NodeResizeControl, ResizeControlVariant } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { LaneHeight, type MapLaneId } from '../../../shared/processmap/schema';
import { toApiFailure } from '../../api/ApiFailure';
import { useApi } from '../../api/ApiContext';
import { useToasts } from '../../common/toastContext';
import { errorMessage } from '../../i18n/describeError';

export function LaneResizeHandle({ laneId, minHeight }: { readonly laneId: string; readonly minHeight: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const { show } = useToasts();
  return (
    <NodeResizeControl
      position="bottom"
      variant={ResizeControlVariant.Line}
      className="map-lane__resize"
      minHeight={minHeight}
      maxHeight={Number(LaneHeight.maxValue)}
      onResizeEnd={(_, { height }) => {
        api.invoke('mapLane.update', { id: laneId as MapLaneId, height: Math.round(height) }).catch((failure: unknown) => show({ tone: 'error', message: errorMessage(t, toApiFailure(failure)) }));
      }}
    />
  );
}
