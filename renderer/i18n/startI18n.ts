import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { languages, type Language } from '../../shared/settings/schema';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/**
 * The one i18next instance of a page, over the texts that page ships (the
 * app all of them, the phone page its few sections). Swedish is the working
 * language of the users and the fallback.
 */
export async function startI18n(resources: Resource, language: Language): Promise<I18n> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'sv',
    supportedLngs: [...languages],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const applyToDocument = (lng: string): void => {
    document.documentElement.lang = lng;
  };
  applyToDocument(i18next.language);
  i18next.on('languageChanged', applyToDocument);
  return i18next;
}
