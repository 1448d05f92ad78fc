import { describe, expect, it } from 'vitest';
import { resultRows } from './results';

describe('result rows', () => {
  it('join counts with titles, fields and decisions, and keep paper votes apart', () => {
    const rows = resultRows(
      [
        { itemId: 'a', votes: 5, rank: 1, tied: false, byHuvudman: { kommun: 2, region: 1 } as never },
        { itemId: 'gone', votes: 0, rank: 2, tied: false, byHuvudman: {} as never },
      ],
      new Map([['a', { kind: 'cluster' as const, title: 'Läkemedel' }]]),
      [{ itemId: 'a', kind: 'cluster', x: 0.8, y: 0.1 }],
      [{ itemId: 'a', kind: 'cluster', status: 'prioritised', handedTo: '', comment: '', updatedAt: '2026-01-01T00:00:00.000Z' }],
    );
    expect(rows[0]).toMatchObject({ title: 'Läkemedel', byHuvudman: { kommun: 2, region: 1, privat: 0, annan: 0 }, paper: 2, quadrant: 'simple-long' });
    expect(rows[0]?.outcome?.status).toBe('prioritised');
    expect(rows[1]).toMatchObject({ title: null, quadrant: null, outcome: null, paper: 0 });
  });
});
