/**
 * The editor's own clipboard. The browser mode is served over plain HTTP,
 * where the async Clipboard API is unavailable, so copied elements stay in
 * this module for the life of the window, and any map open in it can take
 * them.
 */
import { useSyncExternalStore } from 'react';
import type { Copied } from '../../../shared/processmap/copies';

let held: Copied | null = null;
const listeners = new Set<() => void>();

export function holdCopy(copied: Copied): void {
  held = copied;
  for (const listener of listeners) listener();
}

export const heldCopy = (): Copied | null => held;

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** What is held now, re-rendering when something new is copied. */
export const useHeldCopy = (): Copied | null => useSyncExternalStore(subscribe, heldCopy);
