import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../common/format';

/** The workshop date in the UI language, or a note that it is not set. */
export function WorkshopWhen({ date }: { readonly date: string | null }) {
  const { t, i18n } = useTranslation();
  if (!date) return <span className="muted">{t('workshops.noDate')}</span>;
  return <time dateTime={date}>{formatCalendarDate(date, i18n.language)}</time>;
}
