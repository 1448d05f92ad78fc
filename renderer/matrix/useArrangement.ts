/**
 * Where the placed cards are drawn. Once the cards are rendered the matrix
 * is measured and shared/matrix/arrange.ts decides, and each card is moved
 * there before the browser paints, so a card never shows on top of another
 * even for a frame. A change of size (the window, a card that gains its
 * vote count) arranges again. Like a menu placed by its measured size, the
 * position is written to the card's slot (the element with `data-slot`),
 * since it follows from the layout.
 */
import { type RefObject, useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import type { Size } from '../../shared/common/geometry';
import { arrangeCards, type MatrixScene, type SceneCard } from '../../shared/matrix/arrange';
import type { MatrixPoint } from '../../shared/matrix/quadrant';
import { measureCards, measureScene } from './measure';

/** What the keys and the drop need to decide where a card goes. */
export interface MatrixLayout {
  readonly scene: MatrixScene;
  /** The placed cards, in the order they were placed. */
  readonly cards: readonly SceneCard[];
  readonly sizeOf: (id: string) => Size | undefined;
}

export function useArrangement(
  rootRef: RefObject<HTMLElement | null>,
  boxRef: RefObject<HTMLElement | null>,
  placed: readonly { readonly id: string; readonly point: MatrixPoint }[],
  /** What else changes the cards' size (the vote counts they show). */
  shown: unknown,
): () => MatrixLayout | null {
  const layout = useCallback((): MatrixLayout | null => {
    const root = rootRef.current;
    const scene = boxRef.current ? measureScene(boxRef.current) : null;
    if (!root || !scene) return null;
    const sizes = measureCards(root);
    const cards = placed.flatMap(({ id, point }) => {
      const size = sizes.get(id);
      return size ? [{ id, point, size }] : [];
    });
    return { scene, cards, sizeOf: (id) => sizes.get(id) };
  }, [rootRef, boxRef, placed]);

  // What the last arrangement was made from, so a size observed to change back and forth costs a measurement only.
  const arrangedFrom = useRef('');
  const arrange = useCallback(() => {
    const box = boxRef.current;
    const current = layout();
    if (!box || !current) return;
    const from = JSON.stringify([current.scene, current.cards]);
    if (from === arrangedFrom.current && !box.querySelector('[data-slot]:not([data-arranged])')) return;
    arrangedFrom.current = from;
    const slots = new Map([...box.querySelectorAll<HTMLElement>('[data-slot]')].map((slot) => [slot.dataset.slot, slot]));
    for (const card of arrangeCards(current.scene, current.cards)) {
      const slot = slots.get(card.id);
      if (!slot) continue;
      slot.style.setProperty('--left', `${card.rect.x}px`);
      slot.style.setProperty('--top', `${card.rect.y}px`);
      slot.style.setProperty('--scale', String(card.scale));
      slot.dataset.arranged = '';
    }
  }, [boxRef, layout]);

  // Before the browser paints, whenever the cards or what they show change.
  useLayoutEffect(arrange, [arrange, shown]);

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return undefined;
    const observer = new ResizeObserver(arrange);
    observer.observe(box);
    for (const card of box.querySelectorAll('[data-matrix-item]')) observer.observe(card);
    return () => observer.disconnect();
  }, [boxRef, arrange]);

  return layout;
}
