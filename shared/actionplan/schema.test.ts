import { describe, expect, it } from 'vitest';
import { CalendarDate, DecisionText } from './schema';

describe('DecisionText', () => {
  it('keeps the clause after "… beslutar att", whichever way it was typed', () => {
    expect(DecisionText.parse('Processteamet beslutar att godkänna rutinen')).toBe('godkänna rutinen');
    expect(DecisionText.parse('att godkänna rutinen')).toBe('godkänna rutinen');
    expect(DecisionText.parse('godkänna rutinen')).toBe('godkänna rutinen');
    expect(DecisionText.parse('attestera fakturan')).toBe('attestera fakturan');
    expect(DecisionText.safeParse('beslutar att').success).toBe(false);
  });
});

describe('CalendarDate', () => {
  it('takes real days only', () => {
    expect(CalendarDate.safeParse('2028-02-29').success).toBe(true);
    for (const bad of ['2027-02-29', '2027-13-01', '15/3 2027', '2027-03-15T10:00:00Z', '']) expect(CalendarDate.safeParse(bad).success).toBe(false);
  });
});
