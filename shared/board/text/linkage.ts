/**
 * Average-linkage agglomerative clustering cut at a similarity threshold.
 * Average linkage (not single linkage) so one bridging note cannot chain two
 * themes together. It runs as a nearest-neighbour chain, which gives the same
 * result as merging the globally most similar pair each round but in O(n²)
 * time instead of O(n³). Ties go to the lower index, so the result depends
 * only on the input order.
 */

const ACTIVE = 0;
const RETIRED = 1;
const ABSORBED = 2;

/**
 * `similarity` is a symmetric n×n matrix (row-major); it is overwritten.
 * Returns every final group, singletons included, each as ascending indices,
 * groups ordered by their lowest index.
 */
export function averageLinkage(similarity: Float32Array, n: number, threshold: number): number[][] {
  const state = new Uint8Array(n);
  const size = new Uint32Array(n).fill(1);
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  const chain: number[] = [];
  let cursor = 0;

  for (;;) {
    if (chain.length === 0) {
      while (cursor < n && state[cursor] !== ACTIVE) cursor++;
      if (cursor === n) break;
      chain.push(cursor);
    }
    const top = chain[chain.length - 1]!;
    const previous = chain.length >= 2 ? chain[chain.length - 2]! : -1;
    const { best, score } = nearest(similarity, n, state, top, previous);
    if (best < 0 || score < threshold) {
      // Merging never raises a similarity, so nothing on the chain can reach the threshold again.
      for (const c of chain) state[c] = RETIRED;
      chain.length = 0;
    } else if (best === previous) {
      chain.length -= 2;
      merge(similarity, n, state, size, members, top, previous);
    } else {
      chain.push(best);
    }
  }

  const groups: number[][] = [];
  for (let i = 0; i < n; i++) if (state[i] !== ABSORBED) groups.push(members[i]!.sort((a, b) => a - b));
  return groups;
}

function nearest(similarity: Float32Array, n: number, state: Uint8Array, from: number, previous: number) {
  let best = -1;
  let score = -Infinity;
  const row = from * n;
  for (let k = 0; k < n; k++) {
    if (k === from || state[k] !== ACTIVE) continue;
    const s = similarity[row + k]!;
    if (s > score) {
      score = s;
      best = k;
    }
  }
  // Preferring the previous link on a tie keeps the chain from cycling.
  if (previous >= 0 && similarity[row + previous] === score) best = previous;
  return { best, score };
}

function merge(
  similarity: Float32Array,
  n: number,
  state: Uint8Array,
  size: Uint32Array,
  members: number[][],
  a: number,
  b: number,
): void {
  const keep = Math.min(a, b);
  const drop = Math.max(a, b);
  const sizeKeep = size[keep]!;
  const sizeDrop = size[drop]!;
  for (let k = 0; k < n; k++) {
    if (k === keep || k === drop || state[k] !== ACTIVE) continue;
    const s = (sizeKeep * similarity[k * n + keep]! + sizeDrop * similarity[k * n + drop]!) / (sizeKeep + sizeDrop);
    similarity[k * n + keep] = s;
    similarity[keep * n + k] = s;
  }
  size[keep] = sizeKeep + sizeDrop;
  members[keep] = members[keep]!.concat(members[drop]!);
  state[drop] = ABSORBED;
}
