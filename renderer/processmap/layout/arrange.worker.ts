/**
 * "Ordna" off the main thread: ELK's layering of a few hundred steps takes
 * long enough to stall the page, so the whole arrangement (problem, engine,
 * positions) runs here and only the moves go back.
 */
import { arrangeMap, elkGraph } from '../../../shared/processmap/arrange';
import type { MapElementId } from '../../../shared/processmap/schema';
import { elkEngine } from '../../../shared/processmap/elk';
import type { ArrangeReply, ArrangeRequest } from './protocol';

// The project's TypeScript libs are the page's (DOM); of the worker's global only these two are used.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ArrangeRequest>) => void) | null;
  postMessage(message: ArrangeReply): void;
};
const layout = elkEngine();

// ELK's first layout pays for setting itself up (a few hundred ms on a slow
// machine). The page starts this worker when the editor opens, so that is
// paid here, before anyone presses "Ordna".
const [from, to] = ['warm-up-from', 'warm-up-to'] as [MapElementId, MapElementId];
const warmUp = elkGraph({ nodes: [from, to].map((id) => ({ id, width: 100, height: 50, lane: 0 })), edges: [{ id: 'warm-up', from, to }] });
void layout(warmUp).catch(() => undefined);

// Set after the engine is made: ELK's bundle, finding itself in a worker, claims onmessage for its own protocol when constructed.
scope.onmessage = async ({ data }: MessageEvent<ArrangeRequest>) => {
  let reply: ArrangeReply;
  try {
    reply = { id: data.id, moves: await arrangeMap(data.view, layout) };
  } catch (error) {
    reply = { id: data.id, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(reply);
};
