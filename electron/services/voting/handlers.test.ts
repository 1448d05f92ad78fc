import { describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../../test/support/core';
import { addNotes, exampleWorkshop } from '../../../test/support/board';

async function workshopWithClusters(app: TestApp, headings: readonly string[]) {
  const workshop = await exampleWorkshop(app);
  const clusters = [];
  for (const heading of headings) {
    const [note] = await addNotes(app, workshop.id, [`${heading}: en utmaning`]);
    clusters.push(await app.call('cluster.create', { workshopId: workshop.id, heading, noteIds: [note!.id] }));
  }
  return { workshop, clusters };
}

describe('matrix and voting handlers', () => {
  it('eight participants × three dots: hidden until revealed, ranked with ties, split by huvudman', async () => {
    const app = await openTestApp();
    const { workshop, clusters } = await workshopWithClusters(app, ['Läkemedel', 'SIP', 'Dokumentation', 'Hemgång']);
    const [med, sip, doc, home] = clusters.map((c) => c.id);
    const people = [];
    for (let i = 0; i < 8; i++) {
      people.push(await app.call('participant.create', { workshopId: workshop.id, name: `P${i}`, organisation: '', huvudman: i < 5 ? 'kommun' : 'region', role: '' }));
    }
    let state = await app.call('voting.start', { workshopId: workshop.id, settings: {} });
    expect(state.round).toMatchObject({ number: 1, dotsPerParticipant: 3, maxPerItem: null, status: 'open', revealed: false });
    // Kommun (5 people): med, med, sip. Region (3 people): doc, doc, home → med 10, doc 6, sip 5, home 3.
    for (const [i, person] of people.entries()) {
      const dots = i < 5 ? [med, med, sip] : [doc, doc, home];
      for (const itemId of dots) state = await app.call('voting.cast', { roundId: state.round.id, participantId: person.id, itemId: itemId! });
    }
    expect(state.results).toBeNull();
    expect(state.totalDots).toBe(24);
    expect((await app.fail('voting.cast', { roundId: state.round.id, participantId: people[0]!.id, itemId: home! })).code).toBe('vote_budget_exceeded');

    state = await app.call('voting.reveal', { roundId: state.round.id, revealed: true });
    expect(state.results!.map((r) => [r.itemId, r.votes, r.rank])).toEqual([
      [med, 10, 1],
      [doc, 6, 2],
      [sip, 5, 3],
      [home, 3, 4],
    ]);
    expect(state.results![0]!.byHuvudman).toEqual({ kommun: 10 });
    expect(state.results![1]!.byHuvudman).toEqual({ region: 6 });

    await app.call('voting.retract', { roundId: state.round.id, participantId: people[0]!.id, itemId: med! });
    state = await app.call('voting.cast', { roundId: state.round.id, participantId: people[0]!.id, itemId: doc! });
    const tied = state.results!.filter((r) => r.rank === 2);
    expect(tied.map((r) => [r.votes, r.tied])).toEqual([[7, false]]);
    expect(state.results![0]).toMatchObject({ itemId: med, votes: 9, rank: 1 });
  });

  it('refuse votes over the cap, on a closed round and on items outside the round, changing nothing', async () => {
    const app = await openTestApp();
    const { workshop, clusters } = await workshopWithClusters(app, ['A', 'B', 'C']);
    const person = await app.call('participant.create', { workshopId: workshop.id, name: 'Eva', organisation: '', huvudman: 'region', role: '' });
    const round = (await app.call('voting.start', { workshopId: workshop.id, settings: { maxPerItem: 1, scope: { kind: 'selection', itemIds: [clusters[0]!.id, clusters[1]!.id] } } })).round;
    const dot = { roundId: round.id, participantId: person.id, itemId: clusters[0]!.id };
    await app.call('voting.cast', dot);
    expect((await app.fail('voting.cast', dot)).code).toBe('vote_cap_exceeded');
    expect((await app.fail('voting.cast', { ...dot, itemId: clusters[2]!.id })).code).toBe('not_votable');
    expect((await app.fail('voting.setPaperCount', { roundId: round.id, itemId: clusters[0]!.id, count: 3 })).code).toBe('wrong_round_mode');
    await app.call('voting.setStatus', { roundId: round.id, status: 'closed' });
    expect((await app.fail('voting.cast', { ...dot, itemId: clusters[1]!.id })).code).toBe('round_closed');
    expect((await app.fail('voting.retract', dot)).code).toBe('round_closed');
    expect((await app.fail('voting.start', { workshopId: workshop.id, settings: { dotsPerParticipant: 13 } })).code).toBe('validation_failed');
    const [state] = await app.call('voting.rounds', { workshopId: workshop.id });
    expect(state!.totalDots).toBe(1);

    await app.call('voting.setStatus', { roundId: round.id, status: 'open' });
    await app.call('voting.cast', { ...dot, itemId: clusters[1]!.id });
    await app.call('history.undo', {});
    expect((await app.call('voting.rounds', { workshopId: workshop.id }))[0]!.totalDots).toBe(1);
  });

  it('count a paper round and vote on one quadrant of the matrix', async () => {
    const app = await openTestApp();
    const { workshop, clusters } = await workshopWithClusters(app, ['A', 'B', 'C']);
    await app.call('matrix.place', {
      workshopId: workshop.id,
      placements: [
        { itemId: clusters[0]!.id, kind: 'cluster', x: 0.1, y: 0.2 },
        { itemId: clusters[1]!.id, kind: 'cluster', x: 0.3, y: 0.4 },
        { itemId: clusters[2]!.id, kind: 'cluster', x: 0.9, y: 0.9 },
      ],
    });
    const matrix = await app.call('matrix.get', { workshopId: workshop.id });
    expect(matrix.placements).toHaveLength(3);
    const round = (await app.call('voting.start', { workshopId: workshop.id, settings: { mode: 'paper', scope: { kind: 'quadrant', quadrant: 'simple-short' } } })).round;
    expect(round.votableItemIds).toEqual([clusters[0]!.id, clusters[1]!.id]);
    await app.call('voting.setPaperCount', { roundId: round.id, itemId: clusters[0]!.id, count: 4 });
    await app.call('voting.setPaperCount', { roundId: round.id, itemId: clusters[1]!.id, count: 4 });
    const state = await app.call('voting.reveal', { roundId: round.id, revealed: true });
    expect(state.results!.map((r) => [r.votes, r.rank, r.tied])).toEqual([
      [4, 1, true],
      [4, 1, true],
    ]);
    expect((await app.call('voting.rounds', { workshopId: workshop.id })).map((s) => s.round.number)).toEqual([1]);

    await app.call('cluster.dissolve', { ids: [clusters[2]!.id] });
    expect((await app.call('matrix.get', { workshopId: workshop.id })).placements).toHaveLength(2);
    await app.call('history.undo', {});
    expect((await app.call('matrix.get', { workshopId: workshop.id })).placements).toHaveLength(3);
  });

  it('delete a workshop with rounds, votes and placements; undo restores them', async () => {
    const app = await openTestApp();
    const { workshop, clusters } = await workshopWithClusters(app, ['A']);
    const person = await app.call('participant.create', { workshopId: workshop.id, name: 'Eva', organisation: '', huvudman: 'region', role: '' });
    await app.call('matrix.place', { workshopId: workshop.id, placements: [{ itemId: clusters[0]!.id, kind: 'cluster', x: 0.5, y: 0.5 }] });
    const round = (await app.call('voting.start', { workshopId: workshop.id, settings: {} })).round;
    await app.call('voting.cast', { roundId: round.id, participantId: person.id, itemId: clusters[0]!.id });
    const before = await app.call('voting.rounds', { workshopId: workshop.id });
    await app.call('workshop.delete', { id: workshop.id });
    await app.call('history.undo', {});
    expect(await app.call('voting.rounds', { workshopId: workshop.id })).toEqual(before);
    expect((await app.call('matrix.get', { workshopId: workshop.id })).placements).toHaveLength(1);
  });

  it('take the dots of an item with it when the item goes, and give them back on undo', async () => {
    const app = await openTestApp();
    const { workshop, clusters } = await workshopWithClusters(app, ['A', 'B']);
    const eva = await app.call('participant.create', { workshopId: workshop.id, name: 'Eva', organisation: '', huvudman: 'region', role: '' });
    const round = (await app.call('voting.start', { workshopId: workshop.id, settings: { dotsPerParticipant: 2 } })).round;
    for (let i = 0; i < 2; i++) await app.call('voting.cast', { roundId: round.id, participantId: eva.id, itemId: clusters[0]!.id });
    await app.call('cluster.dissolve', { ids: [clusters[0]!.id] });
    expect((await app.call('voting.rounds', { workshopId: workshop.id }))[0]!.totalDots).toBe(0);
    await app.call('voting.cast', { roundId: round.id, participantId: eva.id, itemId: clusters[1]!.id });
    await app.call('history.undo', {});
    await app.call('history.undo', {});
    expect((await app.call('voting.rounds', { workshopId: workshop.id }))[0]!.placedBy[eva.id]).toBe(2);
    expect((await app.call('voting.dotsOf', { roundId: round.id, participantId: eva.id })).mine).toEqual({ [clusters[0]!.id]: 2 });
  });

  it('place and vote on a note only while it is in no cluster', async () => {
    const app = await openTestApp();
    const { workshop, clusters } = await workshopWithClusters(app, ['A']);
    const [free] = await addNotes(app, workshop.id, ['Fri lapp']);
    const clustered = (await app.call('board.get', { workshopId: workshop.id })).notes.find((n) => n.clusterId === clusters[0]!.id)!;
    await app.call('matrix.place', { workshopId: workshop.id, placements: [{ itemId: free!.id, kind: 'note', x: 0.5, y: 0.5 }] });
    const error = await app.fail('matrix.place', { workshopId: workshop.id, placements: [{ itemId: clustered.id, kind: 'note', x: 0.5, y: 0.5 }] });
    expect(error.code).toBe('validation_failed');
    expect((await app.fail('voting.start', { workshopId: workshop.id, settings: { scope: { kind: 'selection', itemIds: [clustered.id] } } })).code).toBe('validation_failed');
    expect((await app.fail('voting.start', { workshopId: workshop.id, settings: { maxPerItm: 2 } })).code).toBe('validation_failed');
  });
});


describe('voting on what exists', () => {
  it('refuse a dot on a cluster dissolved or merged after the round started; ranking and top three cover what exists', async () => {
    const app = await openTestApp();
    const { workshop, clusters } = await workshopWithClusters(app, ['A', 'B', 'C', 'D', 'E']);
    const [a, b, c, d, e] = clusters.map((x) => x.id as string);
    const eva = await app.call('participant.create', { workshopId: workshop.id, name: 'Eva', organisation: '', huvudman: 'region', role: '' });
    const round = (await app.call('voting.start', { workshopId: workshop.id, settings: { dotsPerParticipant: 6 } })).round;
    const cast = (itemId: string) => app.call('voting.cast', { roundId: round.id, participantId: eva.id, itemId });
    for (const itemId of [b!, b!, c!, d!]) await cast(itemId);

    await app.call('cluster.dissolve', { ids: [a!] });
    await app.call('cluster.merge', { targetId: b!, sourceIds: [e!] });
    const before = (await app.call('voting.rounds', { workshopId: workshop.id }))[0]!;
    for (const gone of [a!, e!]) {
      const error = await app.fail('voting.cast', { roundId: round.id, participantId: eva.id, itemId: gone });
      expect(error).toMatchObject({ code: 'item_gone', details: { itemId: gone } });
    }
    expect((await app.call('voting.rounds', { workshopId: workshop.id }))[0]).toEqual(before);
    expect(before.totalDots).toBe(4);

    // As from the workshop's own page, so prioritising is a step of the workshop's history.
    const page = app.in(`workshop:${workshop.id}`);
    const revealed = await page.call('voting.reveal', { roundId: round.id, revealed: true });
    expect(revealed.results!.map((r) => [r.itemId, r.votes, r.rank])).toEqual([
      [b, 2, 1],
      [c, 1, 2],
      [d, 1, 2],
    ]);
    const prioritised = await page.call('outcome.prioritiseTop', { roundId: round.id, top: 3 });
    expect(prioritised.map((o) => o.itemId)).toEqual([b, c, d]);

    // Undo brings the dissolved cluster back, and with it the right to vote on it.
    for (let i = 0; i < 4; i++) await page.call('history.undo', {});
    await cast(a!);
    expect((await app.call('voting.rounds', { workshopId: workshop.id }))[0]!.totalDots).toBe(5);
  });

  it('refuse a paper count on a gone item and leave it out of the ranking', async () => {
    const app = await openTestApp();
    const { workshop, clusters } = await workshopWithClusters(app, ['A', 'B', 'C']);
    const [a, b, c] = clusters.map((x) => x.id as string);
    const round = (await app.call('voting.start', { workshopId: workshop.id, settings: { mode: 'paper' } })).round;
    await app.call('voting.setPaperCount', { roundId: round.id, itemId: a!, count: 2 });
    await app.call('voting.setPaperCount', { roundId: round.id, itemId: c!, count: 5 });
    await app.call('cluster.merge', { targetId: a!, sourceIds: [c!] });
    expect((await app.fail('voting.setPaperCount', { roundId: round.id, itemId: c!, count: 9 })).code).toBe('item_gone');
    expect((await app.fail('voting.setPaperCount', { roundId: round.id, itemId: crypto.randomUUID(), count: 1 })).code).toBe('not_votable');
    const state = await app.call('voting.reveal', { roundId: round.id, revealed: true });
    expect(state.totalDots).toBe(2);
    expect(state.results!.map((r) => [r.itemId, r.votes])).toEqual([
      [a, 2],
      [b, 0],
    ]);
  });

  it('take a free note out of the vote while it sits in a cluster, keeping the dot on the voter’s budget', async () => {
    const app = await openTestApp();
    const { workshop, clusters } = await workshopWithClusters(app, ['A']);
    const [free] = await addNotes(app, workshop.id, ['Fri lapp']);
    const [unplaced] = await addNotes(app, workshop.id, ['Inte på fyrfältaren']);
    const eva = await app.call('participant.create', { workshopId: workshop.id, name: 'Eva', organisation: '', huvudman: 'region', role: '' });
    await app.call('matrix.place', { workshopId: workshop.id, placements: [{ itemId: free!.id, kind: 'note', x: 0.5, y: 0.5 }] });
    const selection = { kind: 'selection' as const, itemIds: [clusters[0]!.id, unplaced!.id] };
    expect((await app.fail('voting.start', { workshopId: workshop.id, settings: { scope: selection } })).code).toBe('validation_failed');
    const round = (await app.call('voting.start', { workshopId: workshop.id, settings: { dotsPerParticipant: 2, scope: { kind: 'selection', itemIds: [clusters[0]!.id, free!.id] } } })).round;
    const dot = { roundId: round.id, participantId: eva.id, itemId: free!.id };
    await app.call('voting.cast', dot);
    await app.call('cluster.create', { workshopId: workshop.id, heading: 'Ny', noteIds: [free!.id] });
    expect((await app.fail('voting.cast', dot)).code).toBe('item_gone');
    await app.call('voting.cast', { ...dot, itemId: clusters[0]!.id });
    expect((await app.fail('voting.cast', { ...dot, itemId: clusters[0]!.id })).code).toBe('vote_budget_exceeded');
    const state = await app.call('voting.reveal', { roundId: round.id, revealed: true });
    expect(state.results!.map((r) => [r.itemId, r.votes])).toEqual([[clusters[0]!.id, 1]]);
  });

  it('answer not_found for the rounds and outcomes of a workshop that does not exist', async () => {
    const app = await openTestApp();
    const workshopId = crypto.randomUUID();
    expect((await app.fail('voting.rounds', { workshopId })).code).toBe('not_found');
    expect((await app.fail('outcome.list', { workshopId })).code).toBe('not_found');
    const workshop = await exampleWorkshop(app);
    expect(await app.call('outcome.list', { workshopId: workshop.id })).toEqual([]);
  });
});
