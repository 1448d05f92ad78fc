/**
 * Every literal key passed to t() (or declared as an action's labelKey)
 * must exist, so a typo shows up here instead of as a raw key on screen.
 * Keys built at run time (`levels.${level}`) are covered by locales.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { flattenKeys } from './flattenKeys';
import sv from '../../shared/i18n/locales/sv.json';

// Vite's glob keeps this test free of Node built-ins, which renderer/ may not import.
const sources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const KEY_USE = /\b(?:t\(\s*|labelKey:\s*)'([a-zA-Z][\w.-]*)'/g;

describe('translation keys used in code', () => {
  it('all exist in the locale files', () => {
    const keys = flattenKeys(sv);
    const exists = (key: string): boolean => keys.has(key) || keys.has(`${key}_other`);
    const missing: string[] = [];
    expect(Object.keys(sources).length).toBeGreaterThan(20);
    for (const [file, text] of Object.entries(sources)) {
      for (const match of text.matchAll(KEY_USE)) {
        const key = match[1] ?? '';
        if (!exists(key)) missing.push(`${file}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
