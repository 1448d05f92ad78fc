import { describe, expect, it } from 'vitest';
import { formatCalendarDate } from '../common/format';
import type { Translate } from '../i18n/translate';
import { dateRange } from './planFormat';

const t: Translate = (key, options) => `${key} ${JSON.stringify(options ?? {})}`;

describe('dateRange', () => {
  it('formats each end as the app formats calendar dates, in the UI language', () => {
    expect(dateRange(t, 'sv', '2027-03-15', '2027-04-30', 'none')).toBe(
      `plan.period.range ${JSON.stringify({ from: formatCalendarDate('2027-03-15', 'sv'), to: formatCalendarDate('2027-04-30', 'sv') })}`,
    );
    expect(dateRange(t, 'en', null, '2027-04-30', 'none')).toBe(`plan.period.to ${JSON.stringify({ to: formatCalendarDate('2027-04-30', 'en') })}`);
    expect(dateRange(t, 'sv', '2027-03-15', null, 'none')).toBe(`plan.period.from ${JSON.stringify({ from: formatCalendarDate('2027-03-15', 'sv') })}`);
    expect(dateRange(t, 'sv', null, null, 'none')).toBe('none');
  });
});
