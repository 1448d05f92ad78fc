import { describe, expect, it } from 'vitest';
import { formatBytes, formatCalendarDate, formatTime } from './format';

describe('formatCalendarDate', () => {
  it('keeps the calendar day whatever the time zone', () => {
    expect(formatCalendarDate('2025-03-01', 'en')).toContain('1');
    expect(formatCalendarDate('2025-03-01', 'en')).toContain('March');
    expect(formatCalendarDate('2025-03-01', 'sv')).toContain('mars');
  });

  it('returns the input when it is not a date', () => {
    expect(formatCalendarDate('soon', 'sv')).toBe('soon');
  });
});

describe('formatBytes', () => {
  it('picks a readable unit', () => {
    expect(formatBytes(512, 'en')).toMatch(/512\s?byte/);
    expect(formatBytes(2048, 'en')).toMatch(/2\s?kB/);
    expect(formatBytes(5 * 1024 * 1024, 'en')).toMatch(/5\s?MB/);
  });
});

describe('formatTime', () => {
  it('gives hours and minutes only, and the input when it is not an instant', () => {
    expect(formatTime('2026-12-02T10:05:00.000Z', 'sv')).toMatch(/^\d\d:\d\d$/);
    expect(formatTime('later', 'sv')).toBe('later');
  });
});
