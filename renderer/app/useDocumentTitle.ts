import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "<view> – Samverkstad", so windows, tabs and screen readers name the page. */
export function useDocumentTitle(viewTitle: string | undefined): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = viewTitle ? t('app.documentTitle', { view: viewTitle }) : t('app.name');
  }, [t, viewTitle]);
}
