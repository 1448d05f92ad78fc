import { LanguageChoice } from '../i18n/LanguageChoice';
import { useLanguage } from '../i18n/useLanguage';

/** The header's language buttons; the choice is saved for every window and the next start. */
export function LanguageSwitch() {
  const { language, setLanguage } = useLanguage();
  return <LanguageChoice language={language} onChoose={(code) => void setLanguage(code)} />;
}
