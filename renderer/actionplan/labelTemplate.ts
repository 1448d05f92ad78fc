import type { Translate } from '../i18n/translate';

const slot = (i: number) => String.fromCharCode(0xe000 + i);

/**
 * A translated text with placeholders, translated once and filled per row:
 * the plan page names hundreds of buttons after their activity, and a
 * translation per button was most of its render time.
 */
export function textTemplate(t: Translate, key: string, names: readonly string[]): (...values: string[]) => string {
  const text = t(key, Object.fromEntries(names.map((name, i) => [name, slot(i)])));
  return (...values) => names.reduce((out, _name, i) => out.split(slot(i)).join(values[i] ?? ''), text);
}

/** The common case: one placeholder. */
export function labelTemplate(t: Translate, key: string, name: string): (value: string) => string {
  return textTemplate(t, key, [name]);
}
