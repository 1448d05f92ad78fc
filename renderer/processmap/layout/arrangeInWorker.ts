/**
 * One "Ordna" worker for the page, started when the editor opens (its
 * bundle carries ELK, which takes a moment to load and warm up) and kept for
 * every press. Answers are matched to requests by id.
 */
import type { ArrangedMove } from '../../../shared/processmap/arrange';
import type { MapView } from '../../../shared/processmap/schema';
import type { ArrangeReply, ArrangeRequest } from './protocol';

interface Pending {
  readonly resolve: (moves: readonly ArrangedMove[]) => void;
  readonly reject: (error: Error) => void;
}

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

export function arrangeInWorker(view: MapView): Promise<readonly ArrangedMove[]> {
  const request: ArrangeRequest = { id: nextId++, view };
  return new Promise((resolve, reject) => {
    pending.set(request.id, { resolve, reject });
    started().postMessage(request);
  });
}
