/**
 * The board item that has, or last had, keyboard focus. It stays drawn
 * however far the view moves from it, so focus is never lost to a culled
 * element, and a dialog or the side list can hand focus back to it.
 */
import type { ItemRef } from './boardDom';

export class FocusKeeper {
  private item: ItemRef | null = null;
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly get = (): ItemRef | null => this.item;

  keep(item: ItemRef): void {
    if (this.item?.kind === item.kind && this.item.id === item.id) return;
    this.item = item;
    for (const listener of this.listeners) listener();
  }
}
