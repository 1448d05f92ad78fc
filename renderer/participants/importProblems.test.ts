import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import en from '../../shared/i18n/locales/en.json';
import sv from '../../shared/i18n/locales/sv.json';
import { importProblemCodes } from '../../shared/participant/schema';
import { describeImportProblem } from './importProblems';

const i18n = i18next.createInstance();
await i18n.init({ resources: { sv: { translation: sv }, en: { translation: en } }, lng: 'sv', interpolation: { escapeValue: false } });

describe('describeImportProblem', () => {
  it('names the row, the column and the unknown value', () => {
    const problem = { column: 'C', field: 'huvudman', code: 'unknown_huvudman', value: 'kommunen X' } as const;
    expect(describeImportProblem(i18n.getFixedT('sv'), 3, problem)).toBe(
      'Rad 3, kolumn C: okänd huvudman ”kommunen X”. Skriv kommun, region, privat eller annan.',
    );
    expect(describeImportProblem(i18n.getFixedT('en'), 3, problem)).toMatch(/^Row 3, column C: unknown principal “kommunen X”/);
  });

  it('names the field and its limit for a too long value', () => {
    const problem = { column: 'A', field: 'name', code: 'too_long', value: 'x'.repeat(200) } as const;
    expect(describeImportProblem(i18n.getFixedT('sv'), 7, problem)).toBe('Rad 7, kolumn A: för lång text i fältet Namn (högst 120 tecken).');
  });

  it('names the field and the character that cannot be saved', () => {
    const problem = { column: 'B', field: 'organisation', code: 'forbidden_character', value: 'U+FFFF' } as const;
    expect(describeImportProblem(i18n.getFixedT('sv'), 4, problem)).toBe(
      'Rad 4, kolumn B: texten för Organisation innehåller ett tecken som inte kan sparas (U+FFFF). Ta bort det i filen eller texten och förhandsgranska igen.',
    );
  });

  it('has a sentence for every problem code in both languages', () => {
    for (const code of importProblemCodes) {
      for (const language of ['sv', 'en']) {
        const field = code === 'too_many_columns' ? 'row' : code === 'unknown_huvudman' ? 'huvudman' : 'organisation';
        const text = describeImportProblem(i18n.getFixedT(language), 2, { column: 'E', field, code, value: 'x' });
        expect(text, `${language} ${code}`).toMatch(/E/);
        expect(text).not.toContain('import.problems');
      }
    }
  });
});
