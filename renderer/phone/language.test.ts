import { describe, expect, it } from 'vitest';
import { languageFromBrowser, storedLanguage, storeLanguage } from './language';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

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
    expect(storedLanguage(null, 'en-US')).toBe('en');
  });
});
