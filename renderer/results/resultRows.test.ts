import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../i18n/i18n';
import type { Translate } from '../i18n/translate';
import { rankLabel } from './rankLabel';
import { resultRows } from './resultRows';

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

describe('results', () => {
  it('name places with ordinal endings and ties as shared places', () => {
    expect(rankLabel(sv, 'sv', 1, false)).toBe('1:a plats');
    expect(rankLabel(sv, 'sv', 3, true)).toBe('Delad 3:e plats');
    expect(rankLabel(sv, 'sv', 22, false)).toBe('22:a plats');
    expect(rankLabel(en, 'en', 2, true)).toBe('Joint 2nd place');
    expect(rankLabel(en, 'en', 13, false)).toBe('13th place');
  });

  it('join counts with titles, fields and decisions, and keep paper votes apart', () => {
    const rows = resultRows(
      [
        { itemId: 'a', votes: 5, rank: 1, tied: false, byHuvudman: { kommun: 2, region: 1 } as never },
        { itemId: 'gone', votes: 0, rank: 2, tied: false, byHuvudman: {} as never },
      ],
      new Map([['a', { id: 'a', kind: 'cluster' as const, title: 'Läkemedel', noteCount: 4 }]]),
      [{ itemId: 'a', kind: 'cluster', x: 0.8, y: 0.1 }],
      [{ itemId: 'a', kind: 'cluster', status: 'prioritised', handedTo: '', comment: '', updatedAt: '2026-01-01T00:00:00.000Z' }],
    );
    expect(rows[0]).toMatchObject({ title: 'Läkemedel', byHuvudman: { kommun: 2, region: 1, privat: 0, annan: 0 }, paper: 2, quadrant: 'simple-long' });
    expect(rows[0]?.outcome?.status).toBe('prioritised');
    expect(rows[1]).toMatchObject({ title: null, quadrant: null, outcome: null, paper: 0 });
  });
});
