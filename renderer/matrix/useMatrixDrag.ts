/**
 * Dragging items with the pointer: from the tray onto the matrix, within
 * the matrix, or back to the tray. Pointer capture keeps the events coming
 * to the item being dragged; a ghost card follows the pointer and the drop
 * decides by where the pointer is. A press without movement is a click and
 * only focuses the item. Escape cancels a drag.
 */
import { type PointerEvent as ReactPointerEvent, type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import type { MatrixPoint } from '../../shared/matrix/quadrant';
import { pointInBox } from './geometry';
import type { WorkshopItem } from './workshopItems';

const THRESHOLD_PX = 4;

export type DropTarget = { readonly kind: 'matrix'; readonly point: MatrixPoint } | { readonly kind: 'tray' };

export interface DragState {
  readonly item: WorkshopItem;
  readonly clientX: number;
  readonly clientY: number;
  /** Where the drop would land right now, for the drop-zone highlight. */
  readonly over: DropTarget['kind'] | null;
}

export interface DragHandlers {
  onPointerDown(event: ReactPointerEvent<HTMLElement>): void;
  onPointerMove(event: ReactPointerEvent<HTMLElement>): void;
  onPointerUp(event: ReactPointerEvent<HTMLElement>): void;
  onPointerCancel(event: ReactPointerEvent<HTMLElement>): void;
}

interface Press {
  readonly item: WorkshopItem;
  readonly pointerId: number;
  readonly startX: number;
  readonly startY: number;
  moved: boolean;
}

export function useMatrixDrag(
  boxRef: RefObject<HTMLElement | null>,
  trayRef: RefObject<HTMLElement | null>,
  onDrop: (item: WorkshopItem, target: DropTarget) => void,
): { readonly drag: DragState | null; readonly handlersFor: (item: WorkshopItem) => DragHandlers } {
  const [drag, setDrag] = useState<DragState | null>(null);
  const press = useRef<Press | null>(null);
  const onDropRef = useRef(onDrop);
  useEffect(() => {
    onDropRef.current = onDrop;
  });

  const targetAt = useCallback(
    (clientX: number, clientY: number): DropTarget | null => {
      const box = boxRef.current?.getBoundingClientRect();
      const point = box ? pointInBox(box, clientX, clientY) : null;
      if (point) return { kind: 'matrix', point };
      const tray = trayRef.current?.getBoundingClientRect();
      if (tray && clientX >= tray.left && clientX <= tray.right && clientY >= tray.top && clientY <= tray.bottom) return { kind: 'tray' };
      return null;
    },
    [boxRef, trayRef],
  );

  useEffect(() => {
    if (!drag) return undefined;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      press.current = null;
      setDrag(null);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [drag]);

  const handlersFor = useCallback(
    (item: WorkshopItem): DragHandlers => ({
      onPointerDown(event) {
        if (event.button !== 0 || press.current) return;
        press.current = { item, pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, moved: false };
        event.currentTarget.setPointerCapture(event.pointerId);
      },
      onPointerMove(event) {
        const current = press.current;
        if (!current || current.pointerId !== event.pointerId) return;
        if (!current.moved && Math.hypot(event.clientX - current.startX, event.clientY - current.startY) < THRESHOLD_PX) return;
        current.moved = true;
        const over = targetAt(event.clientX, event.clientY)?.kind ?? null;
        setDrag({ item: current.item, clientX: event.clientX, clientY: event.clientY, over });
      },
      onPointerUp(event) {
        const current = press.current;
        if (!current || current.pointerId !== event.pointerId) return;
        press.current = null;
        setDrag(null);
        if (!current.moved) return;
        const target = targetAt(event.clientX, event.clientY);
        if (target) onDropRef.current(current.item, target);
      },
      onPointerCancel() {
        press.current = null;
        setDrag(null);
      },
    }),
    [targetAt],
  );

  return { drag, handlersFor };
}
