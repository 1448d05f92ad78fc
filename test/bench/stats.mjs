/** Percentile by nearest rank, on a copy. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function summary(values) {
  return { n: values.length, p50: percentile(values, 50), p95: percentile(values, 95), max: Math.max(...values) };
}

export const ms = (value) => `${value.toFixed(2)} ms`;

/** One line per measurement, then its target and whether it was met. */
export function report(name, value, unit, target) {
  const shown = unit === 'ms' ? ms(value) : `${value.toFixed(1)} ${unit}`;
  const limit = unit === 'ms' ? target?.toFixed(2) : target;
  const verdict = target === undefined ? '' : value < target ? `  (target < ${limit} ${unit}: ok)` : `  (target < ${limit} ${unit}: MISSED)`;
  console.log(`${name.padEnd(52)} ${shown}${verdict}`);
}
