import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../shared/settings/schema';

/**
 * Each language is named in itself ("Svenska", "English") and marked with
 * its lang, so a user who cannot read the current language still finds theirs.
 */
export function LanguageChoice({ language, onChoose }: { readonly language: Language; readonly onChoose: (language: Language) => void }) {
  const { t } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {languages.map((code) => (
        <button key={code} type="button" lang={code} className="language-switch__button" aria-pressed={language === code} onClick={() => onChoose(code)}>
          {t(`language.${code}`)}
        </button>
      ))}
    </div>
  );
}
