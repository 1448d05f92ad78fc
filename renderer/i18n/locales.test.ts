import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../shared/api/errors';
import { backupKinds } from '../../shared/data/schema';
import { scopeKinds } from '../../shared/history/schema';
import { programmeLevels } from '../../shared/programme/schema';
import { languages } from '../../shared/settings/schema';
import { workshopTypes } from '../../shared/workshop/schema';
import { flattenKeys } from './flattenKeys';
import en from '../../shared/i18n/locales/en.json';
import sv from '../../shared/i18n/locales/sv.json';

const locales = { sv: flattenKeys(sv), en: flattenKeys(en) };

const placeholders = (value: unknown): string[] =>
  [...String(value).matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();

describe('locale files', () => {
  it('have identical key sets in Swedish and English', () => {
    const svKeys = [...locales.sv.keys()].sort();
    const enKeys = [...locales.en.keys()].sort();
    expect(svKeys.filter((key) => !locales.en.has(key)), 'keys only in sv.json').toEqual([]);
    expect(enKeys.filter((key) => !locales.sv.has(key)), 'keys only in en.json').toEqual([]);
  });

  it('have no empty or non-text values', () => {
    for (const [name, keys] of Object.entries(locales)) {
      const bad = [...keys].filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([key]) => key);
      expect(bad, `empty values in ${name}.json`).toEqual([]);
    }
  });

  it('use the same placeholders in both languages', () => {
    const mismatched = [...locales.sv].filter(
      ([key, value]) => placeholders(value).join() !== placeholders(locales.en.get(key)).join(),
    );
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it('name every value of the shared enums and every error code', () => {
    const required = [
      ...programmeLevels.map((value) => `levels.${value}`),
      ...workshopTypes.map((value) => `workshopTypes.${value}`),
      ...backupKinds.map((value) => `backupKinds.${value}`),
      ...languages.map((value) => `language.${value}`),
      ...errorCodes.map((code) => `errors.${code}`),
      ...['home', ...scopeKinds].map((kind) => `actions.scope.${kind}`),
      'history.conflict.undo',
      'history.conflict.redo',
      'errors.network_error',
    ];
    expect(required.filter((key) => !locales.sv.has(key))).toEqual([]);
  });
});
