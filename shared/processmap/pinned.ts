/**
 * How often each workshop cluster and note is already on a map as a
 * challenge card, so the tray can say so before a second pin (which stays
 * allowed: the same challenge can concern two places in the flow). A card
 * stands for a cluster, or for the notes pinned one by one.
 */
export interface Pinned {
  readonly clusters: ReadonlyMap<string, number>;
  readonly notes: ReadonlyMap<string, number>;
}

const add = (counts: Map<string, number>, id: string) => counts.set(id, (counts.get(id) ?? 0) + 1);

export function pinnedOnMap(elements: readonly { readonly kind: string; readonly clusterId: string | null; readonly noteIds: readonly string[] }[]): Pinned {
  const clusters = new Map<string, number>();
  const notes = new Map<string, number>();
  for (const card of elements.filter((e) => e.kind === 'challenge')) {
    if (card.clusterId !== null) add(clusters, card.clusterId);
    else for (const id of new Set(card.noteIds)) add(notes, id);
  }
  return { clusters, notes };
}
