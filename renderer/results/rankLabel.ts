/**
 * "1:a plats", "Delad 3:e plats" / "1st place", "Joint 3rd place". Ordinal
 * endings follow the language's ordinal plural rules; each language file
 * names the endings for the categories one, two, few and other.
 */
import type { Translate } from '../i18n/translate';

const CATEGORIES = new Set(['one', 'two', 'few', 'other']);

export function ordinal(t: Translate, language: string, n: number): string {
  const category = new Intl.PluralRules(language, { type: 'ordinal' }).select(n);
  return `${n}${t(`results.ordinal.${CATEGORIES.has(category) ? category : 'other'}`)}`;
}

export function rankLabel(t: Translate, language: string, rank: number, tied: boolean): string {
  const place = ordinal(t, language, rank);
  return tied ? t('results.placeTied', { place }) : t('results.place', { place });
}
