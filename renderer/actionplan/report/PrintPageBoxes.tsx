import { useTranslation } from 'react-i18next';
import { pageBoxesCss, pageParts } from './pageBoxes';

/** The running header and footer of the printed report; mounted with it, so other pages print without them. */
export function PrintPageBoxes({ programme, plan, date }: { readonly programme: string; readonly plan: string; readonly date: string }) {
  const { t } = useTranslation();
  return <style>{pageBoxesCss({ topLeft: `${programme} – ${plan}`, topRight: date, page: pageParts(t('planReport.page')) })}</style>;
}
