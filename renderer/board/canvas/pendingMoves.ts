/**
 * Positions the user has already given an item but the server has not yet
 * confirmed. The item is shown there with a CSS transform until a board
 * answer places it there itself, so nothing jumps back between the drop (or
 * arrow key) and the refetch. "hold" keeps the current transform until the
 * next answer: used when the item's new place is computed by the server
 * (dropped into a cluster).
 */
import type { Point } from '../../../shared/board/layout';
import { itemElement, type ItemKind, type ItemRef } from './boardDom';

type Target = Point | 'hold';

const keyOf = (item: ItemRef): string => `${item.kind}:${item.id}`;

export class PendingMoves {
  private readonly targets = new Map<string, { item: ItemRef; target: Target }>();

  private layer: () => HTMLElement | null = () => null;
  private shown: (kind: ItemKind, id: string) => Point | undefined = () => undefined;

  /** Where the items live and where the board currently shows them. */
  bind(layer: () => HTMLElement | null, shown: (kind: ItemKind, id: string) => Point | undefined): void {
    this.layer = layer;
    this.shown = shown;
  }

  /** Where the item is to be, pending or confirmed. */
  positionOf(item: ItemRef): Point | undefined {
    const pending = this.targets.get(keyOf(item))?.target;
    return pending && pending !== 'hold' ? pending : this.shown(item.kind, item.id);
  }

  place(item: ItemRef, target: Point): void {
    this.targets.set(keyOf(item), { item, target });
    this.paint(item, target);
  }

  hold(item: ItemRef): void {
    this.targets.set(keyOf(item), { item, target: 'hold' });
  }

  /** Gives up on items (their request failed): they show their confirmed place again. */
  release(items: readonly ItemRef[]): void {
    for (const item of items) {
      this.targets.delete(keyOf(item));
      const element = itemElement(this.layer(), item);
      if (element) element.style.transform = '';
    }
  }

  /** Ends holds that no answer has ended (the change turned out to be none). */
  releaseHeld(items: readonly ItemRef[]): void {
    this.release(items.filter((item) => this.targets.get(keyOf(item))?.target === 'hold'));
  }

  /**
   * After each board answer has been rendered: confirmed targets are done,
   * others are repainted. An item that is not drawn now (culled) keeps its
   * target, for when it is drawn again.
   */
  reconcile(): void {
    for (const [key, { item, target }] of this.targets) {
      const shown = this.shown(item.kind, item.id);
      const element = itemElement(this.layer(), item);
      if (target === 'hold' || !shown || (shown.x === target.x && shown.y === target.y)) {
        this.targets.delete(key);
        if (element) element.style.transform = '';
      } else {
        this.paint(item, target);
      }
    }
  }

  /** After other items have come into the drawn part of the board: those with a target are shown there. */
  repaint(): void {
    for (const { item, target } of this.targets.values()) if (target !== 'hold') this.paint(item, target);
  }

  private paint(item: ItemRef, target: Point): void {
    const element = itemElement(this.layer(), item);
    const shown = this.shown(item.kind, item.id);
    if (!element || !shown) return;
    element.style.transform = `translate(${target.x - shown.x}px, ${target.y - shown.y}px)`;
  }
}
