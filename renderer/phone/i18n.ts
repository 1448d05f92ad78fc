/**
 * The phone page ships only the sections its screens read, so a phone on
 * the room's Wi-Fi loads a few kilobytes of text rather than the whole
 * app's: named imports let the bundler drop the rest of the locale files.
 */
import type { i18n as I18n } from 'i18next';
import type { Language } from '../../shared/settings/schema';
import { errors as enErrors, fields as enFields, huvudman as enHuvudman, language as enLanguage, phone as enPhone, validation as enValidation } from '../../shared/i18n/locales/en.json';
import { errors as svErrors, fields as svFields, huvudman as svHuvudman, language as svLanguage, phone as svPhone, validation as svValidation } from '../../shared/i18n/locales/sv.json';
import { startI18n } from '../i18n/startI18n';

export const phoneResources = {
  sv: { translation: { phone: svPhone, errors: svErrors, fields: svFields, huvudman: svHuvudman, language: svLanguage, validation: svValidation } },
  en: { translation: { phone: enPhone, errors: enErrors, fields: enFields, huvudman: enHuvudman, language: enLanguage, validation: enValidation } },
} as const;

export function initPhoneI18n(language: Language): Promise<I18n> {
  return startI18n(phoneResources, language);
}
