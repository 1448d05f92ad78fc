import { performance } from 'node:perf_hooks';

/** Percentile by nearest rank, on a copy. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function summary(values) {
  return { n: values.length, p50: percentile(values, 50), p95: percentile(values, 95), max: Math.max(...values) };
}

/** Runs `step` one after another, `runs` times, and summarises how long each took. */
export async function time(runs, step) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await step(i);
    times.push(performance.now() - start);
  }
  return summary(times);
}

export const ms = (value) => `${value.toFixed(2)} ms`;

/** One line per measurement, then its target and whether it was met. */
export function report(name, value, unit, target) {
  const shown = unit === 'ms' ? ms(value) : `${value.toFixed(1)} ${unit}`;
  const limit = unit === 'ms' ? target?.toFixed(2) : target;
  const verdict = target === undefined ? '' : value < target ? `  (target < ${limit} ${unit}: ok)` : `  (target < ${limit} ${unit}: MISSED)`;
  console.log(`${name.padEnd(52)} ${shown}${verdict}`);
}
