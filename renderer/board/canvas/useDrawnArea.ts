import { type RefObject, useLayoutEffect, useRef, useState } from 'react';
import type { Rect } from '../../../shared/board/layout';
import { drawnArea, stillServes } from './culling';
import type { Viewport } from './viewport';

/**
 * The board area to draw, in board coordinates: set before the first paint
 * (null until the viewport is measured), and set anew only when a pan, zoom
 * or resize takes the view out of it, so panning re-renders the canvas once
 * per half view travelled and never re-renders a note that stays drawn.
 * Call after the viewport has been attached.
 */
export function useDrawnArea(viewport: Viewport, hostRef: RefObject<HTMLElement | null>): Rect | null {
  const [area, setArea] = useState<Rect | null>(null);
  const areaRef = useRef<Rect | null>(null);

  useLayoutEffect(() => {
    const host = hostRef.current;
    if (!host) return undefined;
    const check = (): void => {
      const visible = viewport.visibleRect();
      if (visible.width === 0 || visible.height === 0) return;
      if (areaRef.current && stillServes(areaRef.current, visible)) return;
      areaRef.current = drawnArea(visible);
      setArea(areaRef.current);
    };
    check();
    const stop = viewport.onView(check);
    const observer = new ResizeObserver(check);
    observer.observe(host);
    return () => {
      stop();
      observer.disconnect();
    };
  }, [viewport, hostRef]);

  return area;
}
