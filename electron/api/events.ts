import type { ChangeEvent } from '../../shared/api/contract';

export type ChangeListener = (event: ChangeEvent) => void;

/** Fans committed changes out to every window, tab and SSE stream. */
export class ChangeBus {
  readonly #listeners = new Set<ChangeListener>();

  subscribe(listener: ChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit(event: ChangeEvent): void {
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch (error) {
        console.error('change listener failed', error);
      }
    }
  }
}
