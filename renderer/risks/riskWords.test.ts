import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../i18n/i18n';
import type { Translate } from '../i18n/translate';
import { riskWords } from './riskWords';

async function translator(lng: 'sv' | 'en'): Promise<Translate> {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng, interpolation: { escapeValue: false } });
  return instance.t.bind(instance) as Translate;
}

describe('riskWords', () => {
  it('says per row what translating per row would say', async () => {
    const t = await translator('sv');
    const words = riskWords(t, 'sv');
    expect(words.band.hog).toBe('Hög');
    expect(words.status.hanteras).toBe(t('risk.status.hanteras'));
    expect(words.carrier.gemensam).toBe('Gemensam');
    expect(words.score(3, 4, 12)).toBe(t('risk.register.scoreFormula', { likelihood: 3, consequence: 4, score: 12 }));
    expect(words.assess('R3')).toBe(t('risk.register.assessNamed', { code: 'R3' }));
    expect(words.open('R3 Läkemedel')).toBe(t('risk.register.openNamed', { name: 'R3 Läkemedel' }));
    expect(words.movement.up.mark).toBe('↑');
    expect(words.date('2027-06-01')).toBe(new Intl.DateTimeFormat('sv', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('2027-06-01T00:00:00Z')));
    expect(words.date('not a date')).toBe('not a date');
  });

  it('follows the language', async () => {
    const words = riskWords(await translator('en'), 'en');
    expect(words.band.betydande).toBe('Significant');
    expect(words.notAssessed).toBe('Not assessed');
  });
});
