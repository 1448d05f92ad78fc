import { describe, expect, it } from 'vitest';
import { initialRoundForm, roundSettings } from './roundForm';

const facts = { clusterCount: 6, inQuadrant: (q: string) => (q === 'simple-short' ? 2 : 0) };

describe('new round form', () => {
  it('defaults to three dots, no cap, all clusters, named, in the app', () => {
    expect(roundSettings(initialRoundForm, facts)).toEqual({
      settings: { dotsPerParticipant: 3, maxPerItem: null, scope: { kind: 'all-clusters' }, anonymous: false, mode: 'participants' },
    });
  });

  it('refuses a budget outside 1–12 and empty scopes', () => {
    expect(roundSettings({ ...initialRoundForm, dots: '13' }, facts)).toEqual({ problem: 'dots' });
    expect(roundSettings({ ...initialRoundForm, scope: 'quadrant', quadrant: 'complex-long' }, facts)).toEqual({ problem: 'emptyQuadrant' });
    expect(roundSettings({ ...initialRoundForm, scope: 'selection' }, facts)).toEqual({ problem: 'emptySelection' });
    expect(roundSettings(initialRoundForm, { ...facts, clusterCount: 0 })).toEqual({ problem: 'noClusters' });
  });

  it('keeps a cap only when it limits something', () => {
    const capped = roundSettings({ ...initialRoundForm, dots: '5', maxPerItem: '2', scope: 'selection', selection: ['a'] }, facts);
    expect(capped).toMatchObject({ settings: { maxPerItem: 2, scope: { kind: 'selection', itemIds: ['a'] } } });
    expect(roundSettings({ ...initialRoundForm, maxPerItem: '3' }, facts)).toMatchObject({ settings: { maxPerItem: null } });
  });
});
