/**
 * One i18next instance for the whole renderer. Swedish is the working
 * language of the users and the fallback; the saved choice is applied by
 * LanguageSync once settings arrive from the Node side.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { languages, type Language } from '../../shared/settings/schema';
import en from '../../shared/i18n/locales/en.json';
import sv from '../../shared/i18n/locales/sv.json';

export const resources = { sv: { translation: sv }, en: { translation: en } } as const;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

export async function initI18n(language: Language = 'sv'): Promise<I18n> {
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
