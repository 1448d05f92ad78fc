import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { progressOf } from '../../shared/actionplan/rules';
import type { ActivityStatus } from '../../shared/actionplan/schema';
import { resources } from '../i18n/i18n';
import type { Translate } from '../i18n/translate';
import { progressExplanation, progressFigure } from './progressText';

async function translator(lng: 'sv' | 'en'): Promise<Translate> {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng, interpolation: { escapeValue: false } });
  return instance.t.bind(instance) as Translate;
}

const of = (...statuses: ActivityStatus[]) => progressOf(statuses.map((status) => ({ status })));

describe('progress in words', () => {
  it('gives the figure and says what was left out, in Swedish and English', async () => {
    const progress = of('klar', 'klar', 'klar', 'pagar', 'ej_paborjad', 'pausad', 'struken');
    expect(progressFigure(progress)).toBe('60 %');
    expect(progressExplanation(await translator('sv'), progress)).toBe('3 av 5 aktiviteter klara; 1 pausad och 1 struken räknas inte');
    expect(progressExplanation(await translator('en'), progress)).toBe('3 of 5 activities done; 1 paused and 1 dropped not counted');
  });

  it('counts plainly when nothing is left out, and says so when nothing counts', async () => {
    const sv = await translator('sv');
    expect(progressExplanation(sv, of('klar', 'pagar'))).toBe('1 av 2 aktiviteter klara');
    expect(progressExplanation(sv, of('klar'))).toBe('1 av 1 aktivitet klar');
    expect(progressFigure(of('struken'))).toBe('–');
    expect(progressExplanation(sv, of('struken', 'struken'))).toBe('0 av 0 aktiviteter klara; 2 strukna räknas inte');
    expect(progressExplanation(sv, of())).toBe('Inga aktiviteter ännu');
  });
});
