import { describe, expect, it } from 'vitest';
import { clustersOf, openRoom } from '../../../test/support/phone';

describe('phone.vote', () => {
  it('places and takes back its own dots within the budget and the cap, refused as voting.cast refuses', async () => {
    const room = await openRoom();
    const [a, b, c] = await clustersOf(room, ['Läkemedel', 'SIP', 'Hemgång']);
    const { round } = await room.facilitator.call('voting.start', { workshopId: room.workshopId, settings: { dotsPerParticipant: 3, maxPerItem: 2 } });
    const phone = await room.phoneAs('Eva');
    const dot = (itemId: string, change: 'add' | 'remove' = 'add') => ({ roundId: round.id, itemId, change });

    let mine = await phone.api.call('phone.vote', dot(a!.id));
    expect(mine).toMatchObject({ id: round.id, number: 1, status: 'open', dotsPerParticipant: 3, maxPerItem: 2, mine: { [a!.id]: 1 }, remaining: 2 });
    expect(mine.items).toEqual([
      { id: a!.id, label: 'Läkemedel' },
      { id: b!.id, label: 'SIP' },
      { id: c!.id, label: 'Hemgång' },
    ]);
    await phone.api.call('phone.vote', dot(a!.id));
    expect((await phone.api.fail('phone.vote', dot(a!.id))).code).toBe('vote_cap_exceeded');
    mine = await phone.api.call('phone.vote', dot(b!.id));
    expect(mine.remaining).toBe(0);
    expect((await phone.api.fail('phone.vote', dot(c!.id))).code).toBe('vote_budget_exceeded');
    expect((await phone.api.fail('phone.vote', dot(c!.id, 'remove'))).code).toBe('no_dot_to_retract');
    mine = await phone.api.call('phone.vote', dot(a!.id, 'remove'));
    expect(mine).toMatchObject({ mine: { [a!.id]: 1, [b!.id]: 1 }, remaining: 1 });

    const [eva] = await room.app.call('participant.list', { workshopId: room.workshopId });
    const state = await room.facilitator.call('voting.reveal', { roundId: round.id, revealed: true });
    expect(state.totalDots).toBe(2);
    expect(state.results!.filter((r) => r.votes > 0).map((r) => r.itemId)).toEqual([a!.id, b!.id]);
    expect(Object.keys(state.dotsByParticipant)).toEqual([eva!.id]);
  });

  it('refuses a closed round, a paper round, another workshop’s round and a phone that has not said who it is', async () => {
    const room = await openRoom();
    const [a] = await clustersOf(room, ['Läkemedel']);
    const phone = await room.phoneAs('Eva');
    const paper = (await room.facilitator.call('voting.start', { workshopId: room.workshopId, settings: { mode: 'paper' } })).round;
    expect((await phone.api.fail('phone.vote', { roundId: paper.id, itemId: a!.id, change: 'add' })).code).toBe('wrong_round_mode');

    const closed = (await room.facilitator.call('voting.start', { workshopId: room.workshopId, settings: {} })).round;
    await room.facilitator.call('voting.setStatus', { roundId: closed.id, status: 'closed' });
    expect((await phone.api.fail('phone.vote', { roundId: closed.id, itemId: a!.id, change: 'add' })).code).toBe('round_closed');

    const open = (await room.facilitator.call('voting.start', { workshopId: room.workshopId, settings: {} })).round;
    expect((await room.phone().api.fail('phone.vote', { roundId: open.id, itemId: a!.id, change: 'add' })).code).toBe('forbidden');

    const other = await room.newWorkshop('Annan');
    const note = await room.app.call('note.create', { workshopId: other.id, text: 'Där', colour: 'yellow', authorId: null });
    await room.app.call('cluster.create', { workshopId: other.id, heading: 'Där', noteIds: [note.id] });
    const foreign = (await room.app.call('voting.start', { workshopId: other.id, settings: {} })).round;
    expect((await phone.api.fail('phone.vote', { roundId: foreign.id, itemId: foreign.votableItemIds[0]!, change: 'add' })).code).toBe('not_found');

    for (const round of [paper, closed, open]) {
      expect((await room.app.call('voting.rounds', { workshopId: room.workshopId })).find((r) => r.round.id === round.id)!.totalDots).toBe(0);
    }
    expect((await room.app.call('voting.rounds', { workshopId: other.id }))[0]!.totalDots).toBe(0);
  });
});
