import { describe, expect, it } from 'vitest';
import { languageFromBrowser, storedLanguage, storeLanguage } from './language';
import { memoryStorage } from './memoryStorage';

describe('the phone language', () => {
  it('is English on an English phone and Swedish on every other', () => {
    expect(languageFromBrowser('en-GB')).toBe('en');
    expect(languageFromBrowser('EN')).toBe('en');
    expect(languageFromBrowser('sv-SE')).toBe('sv');
    expect(languageFromBrowser('fi-FI')).toBe('sv');
    expect(languageFromBrowser(undefined)).toBe('sv');
  });

  it('keeps the choice made on the phone over the browser language', () => {
    const storage = memoryStorage();
    storeLanguage(storage, 'en');
    expect(storedLanguage(storage, 'sv-SE')).toBe('en');
    storage.setItem('samverkstad.phone.language', 'de');
    expect(storedLanguage(storage, 'sv-SE')).toBe('sv');
    expect(storedLanguage(memoryStorage(), 'en-US')).toBe('en');
  });
});
