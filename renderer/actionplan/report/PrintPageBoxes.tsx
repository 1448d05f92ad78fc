import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { pageBoxesCss, pageParts } from './pageBoxes';

/**
 * The running header and footer of a printed report; mounted with it, so
 * other pages print without them. The CSP (style-src 'self') refuses an
 * inline <style>, so the rules go in a constructed sheet, which is CSSOM
 * and allowed.
 */
export function PrintPageBoxes({
  programme,
  plan,
  date,
  landscape,
  paper,
  landscapePages,
}: {
  readonly programme: string;
  readonly plan: string;
  readonly date: string;
  readonly landscape?: boolean;
  readonly paper?: 'A4' | 'A3';
  readonly landscapePages?: readonly string[];
}) {
  const { t } = useTranslation();
  const css = pageBoxesCss({ topLeft: `${programme} – ${plan}`, topRight: date, page: pageParts(t('planReport.page')), landscape, paper, landscapePages });
  useEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    };
  }, [css]);
  return null;
}
