import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS, importLimits } from '../../shared/files/limits';
import en from '../../shared/i18n/locales/en.json';
import sv from '../../shared/i18n/locales/sv.json';
import { ApiFailure } from '../api/ApiFailure';
import { importLimitMessage } from './importLimitMessage';

const i18n = i18next.createInstance();
await i18n.init({ resources: { sv: { translation: sv }, en: { translation: en } }, lng: 'sv', interpolation: { escapeValue: false } });
const file = { kind: 'file', name: 'lista.xlsx' } as const;
const tooLarge = (limit: string, max: number) => new ApiFailure({ code: 'import_too_large', message: 'x', details: { limit, max } });

describe('importLimitMessage', () => {
  it('names the bound in the user’s terms: MB, a column letter, the participant cap', () => {
    const sv = i18n.getFixedT('sv');
    expect(importLimitMessage(sv, file, tooLarge('fileBytes', IMPORT_LIMITS.fileBytes))).toMatch(/^Filen lista\.xlsx är större än 8 MB/);
    expect(importLimitMessage(sv, file, tooLarge('columns', IMPORT_LIMITS.columns))).toMatch(/längre till höger än kolumn IV,/);
    expect(importLimitMessage(sv, { kind: 'text' }, tooLarge('participants', 500))).toBe(
      'Högst 500 deltagare kan importeras åt gången. Dela upp listan och importera den i omgångar.',
    );
    expect(importLimitMessage(i18n.getFixedT('en'), file, tooLarge('time', 30))).toMatch(/took more than 30 seconds/);
  });

  it('has a sentence in both languages for every limit, and leaves other failures alone', () => {
    for (const lng of ['sv', 'en']) {
      for (const limit of importLimits) {
        const text = importLimitMessage(i18n.getFixedT(lng), file, tooLarge(limit, 10));
        expect(text, `${lng} ${limit}`).not.toMatch(/^import\.|\{\{/);
      }
    }
    expect(importLimitMessage(i18n.getFixedT('sv'), file, new ApiFailure({ code: 'import_unreadable', message: 'x' }))).toBeNull();
    expect(importLimitMessage(i18n.getFixedT('sv'), file, tooLarge('bogus', 1))).toBeNull();
  });
});
