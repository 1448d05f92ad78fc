import type { Translate } from '../i18n/translate';
import { labelTemplate, textTemplate } from './labelTemplate';

// One formatter per language: building an Intl.DateTimeFormat costs far more
// than using one, and the plan page formats two dates for each of hundreds of rows.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatDay(date: string, language: string): string {
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
    formatters.set(language, formatter);
  }
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? date : formatter.format(parsed);
}

export type DateRangeText = (from: string | null, to: string | null) => string;

/** Formats periods and tidplaner (both ends, one of them, or `none`), translating the patterns once for many rows. */
export function dateRangeText(t: Translate, language: string, none: string): DateRangeText {
  const range = textTemplate(t, 'plan.period.range', ['from', 'to']);
  const fromOnly = labelTemplate(t, 'plan.period.from', 'from');
  const toOnly = labelTemplate(t, 'plan.period.to', 'to');
  return (from, to) => {
    const f = from ? formatDay(from, language) : null;
    const e = to ? formatDay(to, language) : null;
    if (f && e) return range(f, e);
    if (f) return fromOnly(f);
    if (e) return toOnly(e);
    return none;
  };
}

/** One period or tidplan. */
export function dateRange(t: Translate, language: string, from: string | null, to: string | null, none: string): string {
  return dateRangeText(t, language, none)(from, to);
}
