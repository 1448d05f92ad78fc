import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { JSON_IMPORT_LIMITS } from '../../../shared/files/limits';
import en from '../../../shared/i18n/locales/en.json';
import sv from '../../../shared/i18n/locales/sv.json';
import { ApiFailure } from '../../api/ApiFailure';
import { fileRefusal } from './fileErrors';

const i18n = i18next.createInstance();
await i18n.init({ resources: { sv: { translation: sv }, en: { translation: en } }, lng: 'sv', interpolation: { escapeValue: false } });
const t = i18n.getFixedT('sv');

const invalid = (...issues: { path: (string | number)[]; params: Record<string, string> }[]) =>
  new ApiFailure({ code: 'validation_failed', message: 'x', details: issues.map((issue) => ({ ...issue, code: 'custom', message: issue.params.reason })) });

describe('why a map file was refused', () => {
  it('names the bound a file broke, in MB for its size', () => {
    const tooLarge = (limit: string, max: number) => new ApiFailure({ code: 'import_too_large', message: 'x', details: { limit, max } });
    expect(fileRefusal(t, 'karta.json', tooLarge('fileBytes', JSON_IMPORT_LIMITS.fileBytes)).message).toBe('Filen karta.json är större än 2 MB och kan inte läsas in. Ingenting har sparats.');
    expect(fileRefusal(t, 'karta.json', tooLarge('depth', 8)).message).toMatch(/fler nivåer än en kartfil kan ha \(högst 8\)/);
    expect(fileRefusal(t, 'karta.json', new ApiFailure({ code: 'import_unreadable', message: 'x' })).message).toMatch(/^Filen karta.json är inte en JSON-fil/);
  });

  it('lists each thing wrong in the file by the part’s number and id and the value found', () => {
    const refusal = fileRefusal(
      t,
      'karta.json',
      invalid(
        { path: ['file', 'elements', 1, 'kind'], params: { reason: 'unknown_kind', id: 'e2', value: 'swimming_pool' } },
        { path: ['file', 'arrows', 0, 'to'], params: { reason: 'unknown_element', value: 'e99' } },
        { path: ['file', 'elements', 0, 'laneId'], params: { reason: 'unknown_lane', id: 'e1', value: 'l9' } },
        { path: ['file', 'version'], params: { reason: 'unsupported_version', value: '2' } },
        { path: ['file', 'elements', 3, 'height'], params: { reason: 'too_small', id: 'e4', value: '-5' } },
        { path: ['file', 'elements', 4], params: { reason: 'something_new', id: 'e5' } },
      ),
    );
    expect(refusal.message).toBe('Filen karta.json kan inte läsas in som processkarta. Ingenting har sparats. Det här behöver rättas:');
    expect(refusal.issues).toEqual([
      'Element nr 2 (id ”e2”): har en okänd typ: ”swimming_pool”',
      'Pil nr 1: pekar på ett element som inte finns i kartan (”e99”)',
      'Element nr 1 (id ”e1”): ligger i en fil som inte finns i kartan (”l9”)',
      'Kartan: filen har version ”2” av kartformatet, och den här versionen av Samverkstad läser bara version 1',
      'Element nr 4 (id ”e4”): fältet ”height” är tomt eller för litet',
      'Element nr 5 (id ”e5”): har något som inte går att använda',
    ]);
    expect(fileRefusal(i18n.getFixedT('en'), 'map.json', invalid({ path: ['file', 'elements', 1, 'kind'], params: { reason: 'unknown_kind', id: 'e2', value: 'pool' } })).issues).toEqual([
      'Element 2 (id “e2”): has an unknown type: “pool”',
    ]);
  });

  it('leaves other failures to the usual sentence', () => {
    expect(fileRefusal(t, 'karta.json', new ApiFailure({ code: 'not_found', message: 'x' })).message).toBe('Det finns inte längre. Det kan ha tagits bort.');
  });
});
