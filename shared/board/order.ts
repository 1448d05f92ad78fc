/**
 * The order notes are listed in outside the board: cluster by cluster (as
 * the clusters were made), then the notes that joined none; inside each,
 * the cluster's own order, then the order they were written. The board
 * export and the workshop summary list notes alike through this.
 */
export function notesInBoardOrder<N extends { readonly clusterId: string | null; readonly rank: number; readonly createdAt: string }>(notes: readonly N[], clusters: readonly { readonly id: string }[]): N[] {
  const clusterOrder = new Map<string, number>(clusters.map((c, i) => [c.id, i]));
  const groupOf = (note: N): number => (note.clusterId === null ? clusters.length : (clusterOrder.get(note.clusterId) ?? clusters.length));
  return [...notes].sort((a, b) => groupOf(a) - groupOf(b) || a.rank - b.rank || a.createdAt.localeCompare(b.createdAt));
}
