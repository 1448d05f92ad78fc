import { type RefObject, useEffect, useMemo, useRef } from 'react';
import { flushSync } from 'react-dom';
import type { BoardModel } from '../model/boardModel';
import { focusTarget, isEditingTarget, itemAt, type ItemRef } from './boardDom';
import { focusOrder } from './culling';
import type { FocusKeeper } from './focusKeeper';

const keyOf = (item: ItemRef): string => `${item.kind}:${item.id}`;

/**
 * Tab and Shift+Tab on the board go through every note and frame heading in
 * reading order, as they did when all were in the DOM: the next stop is
 * drawn first (kept, wherever it is) and then focused. Past the first or
 * last stop the browser's own Tab takes focus out of the board. Whatever
 * gets focus on the board is kept drawn.
 */
export function useTabOrder(layerRef: RefObject<HTMLElement | null>, model: BoardModel, keeper: FocusKeeper): void {
  const order = useMemo(() => {
    const stops = focusOrder(model);
    return { stops, index: new Map(stops.map((stop, i) => [keyOf(stop), i])) };
  }, [model]);
  const orderRef = useRef(order);
  useEffect(() => {
    orderRef.current = order;
  });

  useEffect(() => {
    const layer = layerRef.current;
    if (!layer) return undefined;
    const focusedStop = (target: EventTarget | null): ItemRef | null => {
      const item = itemAt(target);
      if (!item || isEditingTarget(target) || (item.kind === 'cluster' && !item.onHeader)) return null;
      return { kind: item.kind, id: item.id };
    };
    const onFocusIn = (event: FocusEvent): void => {
      const stop = focusedStop(event.target);
      if (stop) keeper.keep(stop);
    };
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const stop = focusedStop(event.target);
      const at = stop ? orderRef.current.index.get(keyOf(stop)) : undefined;
      if (at === undefined) return;
      const next = orderRef.current.stops[at + (event.shiftKey ? -1 : 1)];
      if (!next) return;
      event.preventDefault();
      flushSync(() => keeper.keep(next));
      focusTarget(layer, next)?.focus({ preventScroll: true });
    };
    layer.addEventListener('focusin', onFocusIn);
    layer.addEventListener('keydown', onKeyDown);
    return () => {
      layer.removeEventListener('focusin', onFocusIn);
      layer.removeEventListener('keydown', onKeyDown);
    };
  }, [layerRef, keeper]);
}
