/**
 * Keeping keyboard focus on the thing the user acted on. Many changes
 * re-create a note's element (it moves into or out of a frame) once the new
 * board arrives, and focus would fall to the page. A request names the item
 * and, optionally, what must be true of its element before it is focused;
 * it is tried after every render and dropped after a few seconds.
 */
import { type RefObject, useCallback, useLayoutEffect, useRef } from 'react';
import { focusTarget, type ItemRef } from './canvas/boardDom';
import type { FocusKeeper } from './canvas/focusKeeper';
import type { Viewport } from './canvas/viewport';

const GIVE_UP_MS = 4000;

/** A board item, or any element found at the time (e.g. a heading in the side list). */
export type FocusTarget = ItemRef | (() => HTMLElement | null);

interface Request {
  readonly item: FocusTarget;
  readonly ready: (element: HTMLElement) => boolean;
  readonly until: number;
}

export interface Refocus {
  /**
   * Focus the item as soon as its element exists (and passes `ready`). Tried
   * after the next render, so it wins over a closing dialog's own focus return.
   */
  request(item: FocusTarget, ready?: (element: HTMLElement) => boolean): void;
  /** Try now; called after a board answer has been rendered. */
  attempt(): void;
}

export function useRefocus(layerRef: RefObject<HTMLElement | null>, viewport: Viewport, keeper: FocusKeeper): Refocus {
  const pending = useRef<Request | null>(null);

  const attempt = useCallback(() => {
    const request = pending.current;
    if (!request) return;
    if (Date.now() > request.until) {
      pending.current = null;
      return;
    }
    const element = typeof request.item === 'function' ? request.item() : focusTarget(layerRef.current, request.item);
    if (!element || !request.ready(element)) return;
    pending.current = null;
    element.focus({ preventScroll: true });
    const host = layerRef.current?.parentElement;
    if (host?.contains(element)) {
      const box = element.getBoundingClientRect();
      const origin = host.getBoundingClientRect();
      const zoom = viewport.view.zoom;
      const at = viewport.toBoard(box.left, box.top);
      if (box.right < origin.left || box.left > origin.right || box.bottom < origin.top || box.top > origin.bottom || box.top < origin.top || box.bottom > origin.bottom) {
        viewport.reveal({ x: at.x, y: at.y, width: box.width / zoom, height: box.height / zoom });
      }
    }
  }, [layerRef, viewport]);

  const request = useCallback(
    (item: FocusTarget, ready: (element: HTMLElement) => boolean = () => true) => {
      pending.current = { item, ready, until: Date.now() + GIVE_UP_MS };
      // An item far from the view is drawn only while kept.
      if (typeof item !== 'function') keeper.keep(item);
      // Normally a render follows and tries; this covers changes that render nothing.
      setTimeout(attempt, 50);
    },
    [attempt, keeper],
  );

  useLayoutEffect(() => {
    attempt();
  });

  return { request, attempt };
}

/** Ready when the note's element sits in the given cluster frame (null: free on the board). */
export function inCluster(clusterId: string | null): (element: HTMLElement) => boolean {
  return (element) => (element.parentElement?.closest<HTMLElement>('[data-cluster-id]')?.dataset.clusterId ?? null) === clusterId;
}
