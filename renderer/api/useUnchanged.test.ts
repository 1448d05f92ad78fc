import { describe, expect, it } from 'vitest';
import { keepUnchanged } from './useUnchanged';

describe('keepUnchanged', () => {
  const previous = { today: '2027-03-15', areas: [{ id: 'a', rows: [{ id: 1, what: 'x' }] }, { id: 'b', rows: [{ id: 2, what: 'y' }] }] };

  it('gives back the previous value when nothing changed', () => {
    expect(keepUnchanged(previous, structuredClone(previous))).toBe(previous);
  });

  it('keeps the unchanged parts and takes the changed ones with their parents', () => {
    const next = structuredClone(previous);
    next.areas[1]!.rows[0]!.what = 'z';
    const kept = keepUnchanged(previous, next);
    expect(kept).toEqual(next);
    expect(kept).not.toBe(previous);
    expect(kept.areas).not.toBe(previous.areas);
    expect(kept.areas[0]).toBe(previous.areas[0]);
    expect(kept.areas[1]).not.toBe(previous.areas[1]);
  });

  it('sees added, removed and reordered items and keys', () => {
    const more = { ...previous, areas: [...previous.areas, { id: 'c', rows: [] }] };
    expect(keepUnchanged(previous, more).areas).toHaveLength(3);
    expect(keepUnchanged(previous, { ...previous, areas: previous.areas.slice(1) }).areas).toEqual([previous.areas[1]]);
    const swapped = keepUnchanged(previous, { ...previous, areas: [previous.areas[1]!, previous.areas[0]!] });
    expect(swapped.areas.map((a) => a.id)).toEqual(['b', 'a']);
    const without = { areas: structuredClone(previous.areas) };
    expect(keepUnchanged(previous, without)).toEqual(without);
    expect(keepUnchanged({ a: undefined }, { b: undefined })).toEqual({ b: undefined });
  });
});
