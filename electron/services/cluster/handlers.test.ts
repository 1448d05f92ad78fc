import { describe, expect, it } from 'vitest';
import { openTestApp } from '../../../test/support/core';
import { addNotes, exampleWorkshop } from '../../../test/support/board';

const byCluster = (notes: readonly { clusterId: string | null; text: string; rank: number }[], clusterId: string | null) =>
  notes.filter((n) => n.clusterId === clusterId).sort((a, b) => a.rank - b.rank).map((n) => n.text);

describe('cluster handlers', () => {
  it('group, reorder, move out, merge and dissolve — each one undo step', async () => {
    const app = await openTestApp();
    const workshop = await exampleWorkshop(app);
    const [a, b, c, d] = await addNotes(app, workshop.id, ['A', 'B', 'C', 'D']);
    const first = await app.call('cluster.create', { workshopId: workshop.id, heading: 'Läkemedel', noteIds: [a!.id, b!.id] });
    const second = await app.call('cluster.create', { workshopId: workshop.id, heading: 'SIP', noteIds: [c!.id] });
    let board = await app.call('board.get', { workshopId: workshop.id });
    expect(byCluster(board.notes, first.id)).toEqual(['A', 'B']);

    await app.call('note.setCluster', { ids: [b!.id], clusterId: first.id, index: 0 });
    await app.call('note.setCluster', { ids: [d!.id], clusterId: second.id });
    board = await app.call('board.get', { workshopId: workshop.id });
    expect(byCluster(board.notes, first.id)).toEqual(['B', 'A']);
    expect(byCluster(board.notes, second.id)).toEqual(['C', 'D']);

    await app.call('note.setCluster', { ids: [a!.id], clusterId: null, position: { x: 2000, y: 100 } });
    board = await app.call('board.get', { workshopId: workshop.id });
    expect(board.notes.find((n) => n.id === a!.id)).toMatchObject({ clusterId: null, x: 2000, y: 100 });

    const merged = await app.call('cluster.merge', { targetId: first.id, sourceIds: [second.id] });
    board = await app.call('board.get', { workshopId: workshop.id });
    expect(board.clusters.map((x) => x.id)).toEqual([merged.id]);
    expect(byCluster(board.notes, first.id)).toEqual(['B', 'C', 'D']);

    await app.call('cluster.dissolve', { ids: [first.id] });
    board = await app.call('board.get', { workshopId: workshop.id });
    expect(board.clusters).toEqual([]);
    expect(board.notes.every((n) => n.clusterId === null)).toBe(true);

    for (const method of ['cluster.dissolve', 'cluster.merge', 'note.setCluster']) {
      expect((await app.call('history.undo', {})).method).toBe(method);
    }
    board = await app.call('board.get', { workshopId: workshop.id });
    expect(byCluster(board.notes, first.id)).toEqual(['B', 'A']);
    expect(byCluster(board.notes, second.id)).toEqual(['C', 'D']);
  });

  it('keep the dialogue: description and strengths', async () => {
    const app = await openTestApp();
    const workshop = await exampleWorkshop(app);
    const cluster = await app.call('cluster.create', { workshopId: workshop.id, heading: 'Hemgång', noteIds: [] });
    const updated = await app.call('cluster.update', { id: cluster.id, description: 'Hemtjänsten får veta för sent', strengths: ['Trygg hemgång-teamet', ' Checklista '] });
    expect(updated).toMatchObject({ heading: 'Hemgång', description: 'Hemtjänsten får veta för sent', strengths: ['Trygg hemgång-teamet', 'Checklista'] });
    expect((await app.fail('cluster.update', { id: cluster.id, heading: ' ' })).code).toBe('validation_failed');
    expect((await app.fail('cluster.update', { id: cluster.id, strengths: Array(13).fill('x') })).code).toBe('validation_failed');
  });

  it('suggest groupings of unclustered notes without applying them', async () => {
    const app = await openTestApp();
    const workshop = await exampleWorkshop(app);
    await addNotes(app, workshop.id, [
      'Läkemedelslistan stämmer inte vid utskrivning',
      'Läkemedelslistan saknas när patienten kommer hem',
      'Fel i läkemedelslistan från sjukhuset',
      'Kallelse till SIP kommer för sent',
      'SIP blir inte av i tid',
      'Ingen kallar till SIP',
    ]);
    const before = await app.call('board.get', { workshopId: workshop.id });
    const proposals = await app.call('cluster.suggest', { workshopId: workshop.id });
    expect(proposals.length).toBeGreaterThanOrEqual(2);
    expect(proposals.some((p) => /läkemedel/i.test(p.heading))).toBe(true);
    expect(proposals.some((p) => /sip/i.test(p.heading))).toBe(true);
    expect(await app.call('board.get', { workshopId: workshop.id })).toEqual(before);
  });
});
