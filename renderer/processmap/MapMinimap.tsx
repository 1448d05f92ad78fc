/**
 * The overview in the canvas's corner: the lanes and every element as one
 * drawing of the map as stored, and a frame round what the canvas shows.
 * Press or drag in it to bring that part of the map to the middle of the
 * canvas; the wheel zooms.
 *
 * Drawn here rather than with React Flow's MiniMap, which keeps one store
 * subscription per node and redraws its mask on every frame of a pan: with
 * 1,000 steps that was the largest cost a pan had above a bare React Flow
 * canvas (test/bench/map-bench.mjs). Here the drawing changes only with a
 * new read of the map, and a pan moves only the frame. A dragged element
 * shows at its new place once the drop is stored.
 */
import { Panel, useReactFlow, useStore } from '@xyflow/react';
import { memo, type PointerEvent, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapView } from '../../shared/processmap/schema';
import { canvasPointAt, frameOf, type MinimapPicture, minimapPicture } from './minimapPicture';

const SIZE = { width: 200, height: 150 };
const ZOOM_STEP = 1.2;

export const MapMinimap = memo(function MapMinimap({ view }: { readonly view: MapView }) {
  const { t } = useTranslation();
  const picture = useMemo(() => minimapPicture(view, SIZE), [view]);
  const { setCenter, getViewport, zoomTo } = useReactFlow();
  const box = useRef<HTMLDivElement>(null);

  const centreOn = (event: PointerEvent<HTMLDivElement>): void => {
    const corner = event.currentTarget.getBoundingClientRect();
    const at = canvasPointAt(picture, { x: event.clientX - corner.left, y: event.clientY - corner.top });
    void setCenter(at.x, at.y, { zoom: getViewport().zoom });
  };

  // Not through React's onWheel, which is passive: the page must not scroll while the wheel zooms the map.
  useEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    const onWheel = (event: WheelEvent): void => {
      event.preventDefault();
      void zoomTo(getViewport().zoom * (event.deltaY < 0 ? ZOOM_STEP : 1 / ZOOM_STEP));
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [getViewport, zoomTo]);

  const { viewBox } = picture;
  return (
    <Panel position="bottom-right" className="map-minimap">
      <div
        ref={box}
        className="map-minimap__box"
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          centreOn(event);
        }}
        onPointerMove={(event) => {
          if (event.currentTarget.hasPointerCapture(event.pointerId)) centreOn(event);
        }}
      >
        <svg width={SIZE.width} height={SIZE.height} viewBox={`${viewBox.x} ${viewBox.y} ${viewBox.width} ${viewBox.height}`} role="img" aria-label={t('processMap.flow.minimap')}>
          {picture.lanes.map((lane) => (
            <rect key={lane.id} className={lane.even ? 'map-minimap__lane map-minimap__lane--even' : 'map-minimap__lane'} x={lane.x} y={lane.y} width={lane.width} height={lane.height} />
          ))}
          <path className="map-minimap__elements" d={picture.elements} />
        </svg>
        <ViewFrame picture={picture} />
      </div>
    </Panel>
  );
});

/** The only part that follows a pan or zoom: one box moved by a transform. */
function ViewFrame({ picture }: { readonly picture: MinimapPicture }) {
  const transform = useStore((s) => s.transform);
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const frame = frameOf(picture, transform, { width, height });
  return <div className="map-minimap__frame" style={{ transform: `translate(${frame.x}px, ${frame.y}px)`, width: frame.width, height: frame.height }} />;
}
