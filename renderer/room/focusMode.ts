/**
 * Focus mode of this window: the board without the capture bar and side
 * panel, for running the room from the board. Remembered on this machine
 * (a facilitator who presents keeps presenting after a reload) and shared
 * by every component of the window through one small store.
 */
import { useSyncExternalStore } from 'react';

const KEY = 'samverkstad.room.focusMode';
const listeners = new Set<() => void>();
let current: boolean | undefined;

function remembered(): boolean {
  try {
    return window.localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function focusModeOn(): boolean {
  current ??= remembered();
  return current;
}

export function setFocusMode(on: boolean): void {
  if (on === focusModeOn()) return;
  current = on;
  try {
    if (on) window.localStorage.setItem(KEY, '1');
    else window.localStorage.removeItem(KEY);
  } catch {
    // Storage refused (a private window): the mode holds until the page is closed.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useFocusMode(): boolean {
  return useSyncExternalStore(subscribe, focusModeOn);
}
