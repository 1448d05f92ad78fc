/**
 * Keeps the parts of a refetched answer that did not change. Every change
 * event refetches a whole view (see useQuery), so without this each answer
 * is all new objects and every memoised block of a long page renders again
 * for one changed row.
 */
import { useState } from 'react';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `next`, with each part deep-equal to the same part of `previous` replaced by that part of `previous`. */
export function keepUnchanged<T>(previous: unknown, next: T): T {
  if (Object.is(previous, next)) return next;
  if (Array.isArray(previous) && Array.isArray(next)) {
    const kept: unknown[] = next.map((item: unknown, i) => keepUnchanged(previous[i], item));
    return (kept.length === previous.length && kept.every((item, i) => item === previous[i]) ? previous : kept) as T;
  }
  if (isRecord(previous) && isRecord(next)) {
    const keys = Object.keys(next);
    const kept = Object.fromEntries(keys.map((key) => [key, keepUnchanged(previous[key], next[key])]));
    const same = keys.length === Object.keys(previous).length && keys.every((key) => key in previous && kept[key] === previous[key]);
    return (same ? previous : kept) as T;
  }
  return next;
}

/** `value` with its unchanged parts kept from the value of the previous render; `value` must itself only change when its data does. */
export function useUnchanged<T>(value: T): T {
  const [kept, setKept] = useState({ from: value, value });
  if (Object.is(kept.from, value)) return kept.value;
  const next = { from: value, value: keepUnchanged(kept.value, value) };
  setKept(next);
  return next.value;
}
