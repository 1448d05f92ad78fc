/**
 * One "Ordna" worker for the page, started as soon as the editor opens, or
 * earlier at idle time on a page that lists maps (its bundle carries ELK,
 * which takes a few hundred ms to load and warm up), and kept for every
 * press. Answers are matched to requests by id.
 */
import type { ArrangedMove } from '../../../shared/processmap/arrange';
import type { MapView } from '../../../shared/processmap/schema';
import type { ArrangeReply, ArrangeRequest } from './protocol';

interface Pending {
  readonly resolve: (moves: readonly ArrangedMove[]) => void;
  readonly reject: (error: Error) => void;
}

/** How long an idle-time start waits for the page to be idle at most. */
const IDLE_WAIT_MS = 3000;

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function started(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('./arrange.worker.ts', import.meta.url), { type: 'module' });
  created.onmessage = ({ data }: MessageEvent<ArrangeReply>) => {
    const waiting = pending.get(data.id);
    pending.delete(data.id);
    if ('error' in data) waiting?.reject(new Error(data.error));
    else waiting?.resolve(data.moves);
  };
  // A worker that fails to load or crashes answers nothing more: fail what waits, start afresh next time.
  created.onerror = (event) => {
    event.preventDefault();
    for (const waiting of pending.values()) waiting.reject(new Error(event.message || 'The layout worker failed'));
    pending.clear();
    created.terminate();
    worker = null;
  };
  worker = created;
  return created;
}

/** Starts the worker ahead of the first press; it loads and warms up off the main thread. */
export function prepareArrange(): void {
  started();
}

/** The same, once the page has a moment to spare: for pages a map is likely opened from. */
export function prepareArrangeWhenIdle(): () => void {
  const idle = requestIdleCallback(prepareArrange, { timeout: IDLE_WAIT_MS });
  return () => cancelIdleCallback(idle);
}

export function arrangeInWorker(view: MapView): Promise<readonly ArrangedMove[]> {
  const request: ArrangeRequest = { id: nextId++, view };
  return new Promise((resolve, reject) => {
    pending.set(request.id, { resolve, reject });
    started().postMessage(request);
  });
}
