/**
 * Dragging a tray item onto the canvas, beside the keyboard path: the card
 * lands centred where it is dropped, in the lane under it, and is pinned to
 * the step or decision it is dropped on, if any. A drop outside every lane
 * is refused here with the same words as a dragged step.
 */
import { useReactFlow } from '@xyflow/react';
import type { DragEvent } from 'react';
import { elementPosition, dropRefused } from '../../../shared/processmap/canvas';
import type { MapElementId, MapView } from '../../../shared/processmap/schema';
import { defaultSize } from '../../../shared/processmap/sizes';
import { useApi } from '../../api/ApiContext';
import { toApiFailure } from '../../api/ApiFailure';
import { useToasts } from '../../common/toastContext';
import { useUndoableNotice } from '../../history/useUndoableNotice';
import { errorMessage } from '../../i18n/describeError';
import { type PinSource, sourceFields } from './pinSource';

const CARD_TYPE = 'application/x-samverkstad-card';

/** Marks a tray item's drag as carrying that card. */
export function startCardDrag(event: DragEvent, source: PinSource): void {
  event.dataTransfer.setData(CARD_TYPE, JSON.stringify(source));
  event.dataTransfer.effectAllowed = 'copy';
}

export function useTrayDrop(view: MapView) {
  const api = useApi();
  const { show } = useToasts();
  const notice = useUndoableNotice();
  const { screenToFlowPosition } = useReactFlow();

  const onDragOver = (event: DragEvent): void => {
    if (!event.dataTransfer.types.includes(CARD_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  };

  const onDrop = (event: DragEvent): void => {
    const carried = event.dataTransfer.getData(CARD_TYPE);
    if (!carried) return;
    event.preventDefault();
    const source = JSON.parse(carried) as PinSource;
    const point = screenToFlowPosition({ x: event.clientX, y: event.clientY });
    const size = defaultSize('challenge');
    const place = { x: Math.round(point.x - size.width / 2), y: Math.round(point.y - size.height / 2) };
    if (dropRefused(view.lanes, [{ y: place.y, height: size.height }])) {
      show({ tone: 'error', message: (t) => t('processMap.canvas.outsideLane') });
      return;
    }
    const target = view.elements.find((e) => {
      if (e.kind !== 'step' && e.kind !== 'decision') return false;
      const at = elementPosition(view.lanes, e);
      return point.x >= at.x && point.x <= at.x + e.width && point.y >= at.y && point.y <= at.y + e.height;
    });
    api.invoke('mapElement.create', { mapId: view.map.id, kind: 'challenge', ...place, ...sourceFields(source), pinnedTo: (target?.id ?? null) as MapElementId | null }).then(
      () => notice((t) => t('processMap.tray.pinned', { text: source.text }), 'mapElement.create'),
      (failure: unknown) => show({ tone: 'error', message: (t) => errorMessage(t, toApiFailure(failure)) }),
    );
  };

  return { onDragOver, onDrop };
}
