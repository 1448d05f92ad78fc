import { useTranslation } from 'react-i18next';

/**
 * The href is only a fallback: following "#main" would change the hash
 * route, so the click moves focus by script instead.
 */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href="#main"
      onClick={(event) => {
        event.preventDefault();
        document.getElementById('main')?.focus();
      }}
    >
      {t('nav.skipToContent')}
    </a>
  );
}
