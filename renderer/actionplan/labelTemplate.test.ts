import { describe, expect, it } from 'vitest';
import type { Translate } from '../i18n/translate';
import { labelTemplate, textTemplate } from './labelTemplate';

describe('text templates', () => {
  it('give the same text as translating with the values', () => {
    const t: Translate = (key, options) => `${key}: ${String(options?.from)} till ${String(options?.to)} (${String(options?.from)})`;
    const range = textTemplate(t, 'plan.period.range', ['from', 'to']);
    expect(range('1 mars', '30 april')).toBe(t('plan.period.range', { from: '1 mars', to: '30 april' }));
    const one: Translate = (key, options) => `Flytta upp ${String(options?.what)}`;
    expect(labelTemplate(one, 'plan.activity.moveUp', 'what')('Utbilda')).toBe('Flytta upp Utbilda');
  });
});
