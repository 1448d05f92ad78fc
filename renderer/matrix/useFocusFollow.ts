/**
 * A card moving between the tray and the matrix is a new element, so the
 * keyboard focus would be lost on every move. The view asks for the item
 * to be focused again once it has been drawn in its new place.
 */
import { type RefObject, useCallback, useLayoutEffect, useRef } from 'react';

export function useFocusFollow(containerRef: RefObject<HTMLElement | null>): (itemId: string) => void {
  const pending = useRef<string | null>(null);

  useLayoutEffect(() => {
    const id = pending.current;
    if (!id) return;
    const element = containerRef.current?.querySelector<HTMLElement>(`[data-matrix-item="${CSS.escape(id)}"]`);
    if (!element) return;
    pending.current = null;
    if (document.activeElement !== element) element.focus();
  });

  return useCallback((itemId: string) => {
    pending.current = itemId;
  }, []);
}
