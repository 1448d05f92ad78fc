import { describe, expect, it } from 'vitest';
import { localDate } from '../../shared/actionplan/rules';
import { clockFrom, parseLaunchOptions } from './options';

describe('--today', () => {
  it('is read as a calendar day and refused when it is not one', () => {
    expect(parseLaunchOptions(['--today', '2027-05-10'], {}).today).toBe('2027-05-10');
    expect(parseLaunchOptions(['--today=2027-05-10'], {}).today).toBe('2027-05-10');
    expect(parseLaunchOptions([], {}).today).toBeNull();
    expect(() => parseLaunchOptions(['--today', '2027-02-30'], {})).toThrow(/--today/);
    expect(() => parseLaunchOptions(['--today', 'tomorrow'], {})).toThrow(/--today/);
  });

  it('gives a clock on that day that still moves forward', () => {
    let real = new Date(2026, 10, 23, 14, 30).getTime();
    const clock = clockFrom('2027-05-10', () => new Date(real));
    const first = clock();
    expect(localDate(first)).toBe('2027-05-10');
    real += 1500;
    expect(clock().getTime() - first.getTime()).toBe(1500);
  });
});
