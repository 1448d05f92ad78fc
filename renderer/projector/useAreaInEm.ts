import { type RefObject, useLayoutEffect, useState } from 'react';
import type { Size } from './boardFit';

/**
 * The content box of an element in em of its own font, kept current as the
 * window (or the font, which follows the window) changes. Null until the
 * element is laid out.
 */
export function useAreaInEm(ref: RefObject<HTMLElement | null>): Size | null {
  const [size, setSize] = useState<Size | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const style = getComputedStyle(element);
      const em = parseFloat(style.fontSize) || 16;
      const width = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const height = element.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
      setSize((old) => (old && old.width === width / em && old.height === height / em ? old : { width: width / em, height: height / em }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
