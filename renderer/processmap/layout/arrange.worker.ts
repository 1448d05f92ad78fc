/**
 * "Ordna" off the main thread: ELK's layering of a few hundred steps takes
 * long enough to stall the page, so the whole arrangement (problem, engine,
 * positions) runs here and only the moves go back.
 */
import { arrangeMap, elkGraph, type LayoutEdge } from '../../../shared/processmap/arrange';
import type { MapElementId } from '../../../shared/processmap/schema';
import { elkEngine } from '../../../shared/processmap/elk';
import type { ArrangeReply, ArrangeRequest } from './protocol';

// The project's TypeScript libs are the page's (DOM); of the worker's global only these two are used.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ArrangeRequest>) => void) | null;
  postMessage(message: ArrangeReply): void;
};
const layout = elkEngine();

/** A small flow drawn like a map's (a chain across lanes, arrows skipping ahead and looping back), so a warm-up runs the code a real map runs. */
function warmUpGraph() {
  const ids = Array.from({ length: 48 }, (_, i) => `warm-up-${i}` as MapElementId);
  const edges: LayoutEdge[] = ids.slice(1).map((to, i) => ({ id: `chain-${i}`, from: ids[i]!, to }));
  for (let i = 0; i + 3 < ids.length; i += 4) edges.push({ id: `skip-${i}`, from: ids[i]!, to: ids[i + 3]! }, { id: `back-${i}`, from: ids[i + 3]!, to: ids[i + 1]! });
  return elkGraph({ nodes: ids.map((id, i) => ({ id, width: 180, height: 80, lane: (i * 7) % 5 })), edges });
}

// ELK's first layouts pay for compiling its code, some hundreds of ms on a
// slow machine. The page starts this worker when the editor opens, so that
// is paid here while the user looks at the map. A press that was already
// waiting when the worker loaded goes first: a warm-up then would only
// delay it, and its own layout warms the engine as well.
const WARM_UP_AFTER_MS = 100;
const warmUp = setTimeout(() => void layout(warmUpGraph()).catch(() => undefined), WARM_UP_AFTER_MS);

// Set after the engine is made: ELK's bundle, finding itself in a worker, claims onmessage for its own protocol when constructed.
scope.onmessage = async ({ data }: MessageEvent<ArrangeRequest>) => {
  clearTimeout(warmUp);
  let reply: ArrangeReply;
  try {
    reply = { id: data.id, moves: await arrangeMap(data.view, layout) };
  } catch (error) {
    reply = { id: data.id, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(reply);
};
