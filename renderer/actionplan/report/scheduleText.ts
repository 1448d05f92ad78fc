import type { Translate } from '../../i18n/translate';

/** Tidplan as one phrase: both dates, only a start, only a due date, or nothing. */
export function scheduleText(t: Translate, start: string | null, due: string | null): string {
  if (start && due) return t('planReport.schedule.both', { start, due });
  if (start) return t('planReport.schedule.from', { start });
  if (due) return t('planReport.schedule.until', { due });
  return '';
}
