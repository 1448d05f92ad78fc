import { describe, expect, it } from 'vitest';
import { pinnedOnMap } from './pinned';

const card = (clusterId: string | null, noteIds: string[] = []) => ({ kind: 'challenge' as const, clusterId, noteIds });

describe('pinnedOnMap', () => {
  it('counts the cards standing for each cluster and each note pinned on its own', () => {
    const pinned = pinnedOnMap([card('cluster-a'), card('cluster-a'), card(null, ['note-1']), card(null, ['note-1', 'note-2'])]);
    expect([...pinned.clusters]).toEqual([['cluster-a', 2]]);
    expect([...pinned.notes]).toEqual([
      ['note-1', 2],
      ['note-2', 1],
    ]);
  });

  it('does not count a cluster card for the notes it holds, nor anything but challenge cards', () => {
    const pinned = pinnedOnMap([card('cluster-a', ['note-1']), { kind: 'step', clusterId: null, noteIds: ['note-9'] }]);
    expect([...pinned.notes]).toEqual([]);
    expect(pinned.clusters.get('cluster-a')).toBe(1);
  });
});
