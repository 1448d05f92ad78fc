/**
 * A new read of the map builds fresh React Flow nodes. Without the size
 * React Flow measured last time, it treats each node as new: it drops its
 * handle positions and measures it again, and until it has, every arrow is
 * taken off the canvas and every node counts as inside any selection box
 * (React Flow's getNodesInside). A box drawn while a change lands would
 * then pick the whole map, or lose the arrow it started on. Carrying the
 * last measurement over keeps the handles; a node whose size did change is
 * still measured again, because its drawn size no longer matches.
 */
import type { Node } from '@xyflow/react';

export function keepMeasured<N extends Node>(next: readonly N[], current: readonly N[]): N[] {
  const measured = new Map(current.flatMap((node) => (node.measured ? [[node.id, node.measured] as const] : [])));
  return next.map((node) => {
    const last = measured.get(node.id);
    return last && !node.measured ? { ...node, measured: last } : node;
  });
}
