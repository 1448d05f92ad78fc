import type { Language } from '../../shared/settings/schema';
import { isLanguage } from '../i18n/startI18n';

/** The phone's own choice, kept apart from its ticket so leaving a session keeps it. */
const LANGUAGE_KEY = 'samverkstad.phone.language';

/** A phone set to any English reads English; every other phone Swedish, the room's language. */
export function languageFromBrowser(browserLanguage: string | undefined): Language {
  return browserLanguage?.toLowerCase().startsWith('en') ? 'en' : 'sv';
}

export function storedLanguage(storage: Storage, browserLanguage: string | undefined): Language {
  let saved: string | null = null;
  try {
    saved = storage.getItem(LANGUAGE_KEY);
  } catch {
    // Storage can be refused (private mode); the browser's language still applies.
  }
  return isLanguage(saved) ? saved : languageFromBrowser(browserLanguage);
}

export function storeLanguage(storage: Storage, language: Language): void {
  try {
    storage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Not kept; the switch still applies until the page is closed.
  }
}
