/**
 * The layout engine behind "Ordna": ELK's layered algorithm, run where it
 * is called from (its bundled build carries its own in-thread stand-in for
 * a worker). The renderer calls it inside its own web worker; kept out of
 * arrange.ts so that only the worker's bundle carries ELK's megabyte and a
 * half.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkAnswer, ElkGraph } from './arrange';

export function elkEngine(): (graph: ElkGraph) => Promise<ElkAnswer> {
  const elk = new ELK();
  return (graph) => elk.layout(graph);
}
