import { useTranslation } from 'react-i18next';
import { languages } from '../../shared/settings/schema';
import { useLanguage } from '../i18n/useLanguage';

/**
 * Each language is named in itself ("Svenska", "English") and marked with
 * its lang, so a user who cannot read the current language still finds theirs.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {languages.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          className="language-switch__button"
          aria-pressed={language === code}
          onClick={() => void setLanguage(code)}
        >
          {t(`language.${code}`)}
        </button>
      ))}
    </div>
  );
}
