import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../i18n/i18n';
import type { Translate } from '../i18n/translate';
import { rankLabel } from './rankLabel';

let sv: Translate;
let en: Translate;

beforeAll(async () => {
  const make = async (lng: string) => {
    const instance = i18next.createInstance();
    await instance.init({ resources, lng, interpolation: { escapeValue: false } });
    return instance.t.bind(instance) as Translate;
  };
  sv = await make('sv');
  en = await make('en');
});

describe('rank labels', () => {
  it('name places with ordinal endings and ties as shared places', () => {
    expect(rankLabel(sv, 'sv', 1, false)).toBe('1:a plats');
    expect(rankLabel(sv, 'sv', 3, true)).toBe('Delad 3:e plats');
    expect(rankLabel(sv, 'sv', 22, false)).toBe('22:a plats');
    expect(rankLabel(en, 'en', 2, true)).toBe('Joint 2nd place');
    expect(rankLabel(en, 'en', 13, false)).toBe('13th place');
  });
});
