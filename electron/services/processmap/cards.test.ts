import { describe, expect, it } from 'vitest';
import { openTestApp } from '../../../test/support/core';
import { prioritisedCluster } from '../../../test/support/plan-fixture';
import { newMap } from '../../../test/support/processmap';

describe('challenge card sources', () => {
  it("read a card's cluster or notes with each author's huvudman and the workshop; a deleted source reads as gone", async () => {
    const app = await openTestApp();
    const { workshop, cluster, notes } = await prioritisedCluster(app);
    const { map, view } = await newMap(app);
    const step = view.elements.find((e) => e.kind === 'step')!;
    const clusterCard = await app.call('mapElement.create', { mapId: map.id, kind: 'challenge', x: 0, y: 0, clusterId: cluster.id, pinnedTo: step.id });
    const noteCard = await app.call('mapElement.create', { mapId: map.id, kind: 'challenge', x: 0, y: 0, noteIds: [notes[1]!.id] });

    expect(await app.call('mapElement.cardSource', { id: clusterCard.id })).toEqual({
      workshop: { id: workshop.id, title: workshop.title },
      cluster: 'SIP i tid',
      notes: [
        { id: notes[0]!.id, text: 'Kallelsen till SIP kommer för sent', huvudman: 'region' },
        { id: notes[1]!.id, text: 'Vi vet inte vem som ska kalla', huvudman: 'kommun' },
      ],
    });
    expect(await app.call('mapElement.cardSource', { id: noteCard.id })).toMatchObject({ cluster: null, notes: [{ id: notes[1]!.id, huvudman: 'kommun' }] });
    expect((await app.fail('mapElement.cardSource', { id: step.id })).details).toEqual([expect.objectContaining({ path: ['id'], code: 'not_card' })]);

    await app.call('cluster.dissolve', { ids: [cluster.id] });
    await app.call('note.delete', { ids: [notes[1]!.id] });
    for (const card of [clusterCard, noteCard]) expect(await app.call('mapElement.cardSource', { id: card.id })).toEqual({ workshop: null, cluster: null, notes: [] });
  });
});
