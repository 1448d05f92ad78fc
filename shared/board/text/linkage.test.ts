import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageLinkage } from './linkage';

function matrixOf(n: number, values: readonly number[]): Float32Array {
  const matrix = new Float32Array(n * n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      matrix[i * n + j] = values[k]!;
      matrix[j * n + i] = values[k]!;
      k++;
    }
  }
  return matrix;
}

/**
 * The textbook O(n³) version: merge the most similar pair until none reaches
 * the threshold. Reports `tied` when a decision was too close to call, where
 * float rounding may fairly go either way.
 */
function naiveAverageLinkage(matrix: Float32Array, n: number, threshold: number) {
  const sim = (a: number[], b: number[]) =>
    a.reduce((sum, i) => sum + b.reduce((s, j) => s + matrix[i * n + j]!, 0), 0) / (a.length * b.length);
  const groups = Array.from({ length: n }, (_, i) => [i]);
  let tied = false;
  for (;;) {
    const pairs: { a: number; b: number; s: number }[] = [];
    for (let a = 0; a < groups.length; a++) {
      for (let b = a + 1; b < groups.length; b++) pairs.push({ a, b, s: sim(groups[a]!, groups[b]!) });
    }
    pairs.sort((x, y) => y.s - x.s);
    const [best, next] = pairs;
    if (best && Math.abs(best.s - threshold) < 1e-4) tied = true;
    if (!best || best.s < threshold) break;
    if (next && best.s - next.s < 1e-4) tied = true;
    groups[best.a] = [...groups[best.a]!, ...groups[best.b]!].sort((x, y) => x - y);
    groups.splice(best.b, 1);
  }
  return { groups: groups.sort((x, y) => x[0]! - y[0]!), tied };
}

describe('averageLinkage', () => {
  it('merges two tight pairs and leaves the outsider alone', () => {
    // 0–1 and 2–3 are close; 4 is far from everything.
    const n = 5;
    const matrix = matrixOf(n, [0.9, 0.1, 0.1, 0, 0.1, 0.1, 0, 0.8, 0, 0]);
    expect(averageLinkage(matrix, n, 0.5)).toEqual([[0, 1], [2, 3], [4]]);
  });

  it('does not chain through one bridging item the way single linkage would', () => {
    // 1 is close to both 0 and 2, but 0 and 2 have nothing in common.
    const matrix = matrixOf(3, [0.6, 0, 0.55]);
    expect(averageLinkage(matrix, 3, 0.5)).toEqual([[0, 1], [2]]);
  });

  it('agrees with the textbook algorithm', () => {
    const input = fc.integer({ min: 2, max: 9 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        values: fc.uniqueArray(fc.integer({ min: 0, max: 100_000 }), {
          minLength: (n * (n - 1)) / 2,
          maxLength: (n * (n - 1)) / 2,
        }),
        threshold: fc.integer({ min: 1, max: 90_000 }),
      }),
    );
    fc.assert(
      fc.property(input, ({ n, values, threshold }) => {
        const scaled = values.map((v) => v / 100_000);
        const reference = naiveAverageLinkage(matrixOf(n, scaled), n, threshold / 100_000);
        fc.pre(!reference.tied);
        expect(averageLinkage(matrixOf(n, scaled), n, threshold / 100_000)).toEqual(reference.groups);
      }),
      { numRuns: 300 },
    );
  });
});
