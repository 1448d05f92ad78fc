import { describe, expect, it } from 'vitest';
import { decisionsFrom, defaultReportStart, isRedItem, nextDay } from './report';

describe('defaultReportStart', () => {
  it('starts the day after the last-but-one closed meeting, whatever order meetings come in', () => {
    const meetings = [
      { date: '2027-03-01', status: 'closed' },
      { date: '2027-01-10', status: 'closed' },
      { date: '2027-02-05', status: 'closed' },
      { date: '2027-04-01', status: 'open' },
    ] as const;
    expect(defaultReportStart(meetings)).toBe('2027-02-06');
  });

  it('lists every decision while fewer than two meetings are closed', () => {
    expect(defaultReportStart([])).toBeNull();
    expect(defaultReportStart([{ date: '2027-03-01', status: 'closed' }, { date: '2027-01-01', status: 'open' }])).toBeNull();
  });
});

describe('nextDay', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(nextDay('2027-01-31')).toBe('2027-02-01');
    expect(nextDay('2027-12-31')).toBe('2028-01-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(nextDay('2027-02-28')).toBe('2027-03-01');
  });
});

describe('decisionsFrom', () => {
  it('keeps decisions from meetings on or after the date, and all without one', () => {
    const decisions = [{ meetingDate: '2027-02-05' }, { meetingDate: '2027-02-06' }, { meetingDate: '2027-03-01' }];
    expect(decisionsFrom(decisions, '2027-02-06')).toEqual(decisions.slice(1));
    expect(decisionsFrom(decisions, null)).toEqual(decisions);
  });
});

describe('isRedItem', () => {
  it('is röd work still in play', () => {
    expect(isRedItem({ health: 'rod', status: 'pagar' })).toBe(true);
    expect(isRedItem({ health: 'rod', status: 'pausad' })).toBe(true);
    expect(isRedItem({ health: 'rod', status: 'struken' })).toBe(false);
    expect(isRedItem({ health: 'gul', status: 'pagar' })).toBe(false);
  });
});
