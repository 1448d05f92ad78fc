/**
 * The renderer's texts, every section of the locale files. The saved choice
 * is applied by LanguageSync once settings arrive from the Node side.
 */
import type { i18n as I18n } from 'i18next';
import type { Language } from '../../shared/settings/schema';
import en from '../../shared/i18n/locales/en.json';
import sv from '../../shared/i18n/locales/sv.json';
import { startI18n } from './startI18n';

export { isLanguage } from './startI18n';

export const resources = { sv: { translation: sv }, en: { translation: en } } as const;

export function initI18n(language: Language = 'sv'): Promise<I18n> {
  return startI18n(resources, language);
}
