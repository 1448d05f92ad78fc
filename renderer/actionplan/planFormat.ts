import { formatCalendarDate } from '../common/format';
import type { Translate } from '../i18n/translate';

/** A period or a tidplan: both ends, one of them, or none. */
export function dateRange(t: Translate, language: string, from: string | null, to: string | null, none: string): string {
  const f = from ? formatCalendarDate(from, language) : null;
  const e = to ? formatCalendarDate(to, language) : null;
  if (f && e) return t('plan.period.range', { from: f, to: e });
  if (f) return t('plan.period.from', { from: f });
  if (e) return t('plan.period.to', { to: e });
  return none;
}
