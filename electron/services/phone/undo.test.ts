import { describe, expect, it } from 'vitest';
import { clustersOf, openRoom } from '../../../test/support/phone';

const texts = async (room: Awaited<ReturnType<typeof openRoom>>) =>
  (await room.app.call('board.get', { workshopId: room.workshopId })).notes.map((n) => n.text);

describe('undo with phones in the room', () => {
  it('the facilitator’s undo never takes back what a phone wrote; the phone’s own undo does, and nothing more', async () => {
    const room = await openRoom();
    const [eva, kim] = [await room.phoneAs('Eva'), await room.phoneAs('Kim')];
    await room.facilitator.call('note.create', { workshopId: room.workshopId, text: 'Processledarens', colour: 'blue', authorId: null });
    await eva.api.call('phone.writeNote', { text: 'Evas' });
    await kim.api.call('phone.writeNote', { text: 'Kims' });

    expect((await room.facilitator.call('history.state', {})).undo).toBe('note.create');
    await room.facilitator.call('history.undo', {});
    expect(await texts(room)).toEqual(['Evas', 'Kims']);
    // Next in the workshop's history is adding Kim (who the test listed), never a phone's note; nor for scripts naming no history.
    expect((await room.facilitator.call('history.state', {})).undo).toBe('participant.create');
    expect((await room.app.call('history.state', {})).undo).toBe('participant.create');
    // Naming a device's history from the facilitator's side is refused.
    expect((await room.app.fail('history.undo', { scope: `device:${eva.deviceId}` as never })).code).toBe('forbidden');
    expect(await texts(room)).toEqual(['Evas', 'Kims']);

    const state = await eva.api.call('phone.undo', {});
    expect(state.myNotes).toEqual([]);
    expect(await texts(room)).toEqual(['Kims']);
    expect((await eva.api.fail('phone.undo', {})).code).toBe('nothing_to_undo');
    expect((await kim.api.call('phone.state', {})).myNotes.map((n) => n.text)).toEqual(['Kims']);
  });

  it('walks back edits, deletions and dots in order; a note the facilitator changed since is not taken back', async () => {
    const room = await openRoom();
    const [sip] = await clustersOf(room, ['SIP']);
    const phone = await room.phoneAs('Eva');
    const note = await phone.api.call('phone.writeNote', { text: 'Första' });
    await phone.api.call('phone.editNote', { id: note.id, text: 'Andra' });
    const { round } = await room.facilitator.call('voting.start', { workshopId: room.workshopId, settings: {} });
    await phone.api.call('phone.vote', { roundId: round.id, itemId: sip!.id, change: 'add' });

    expect((await phone.api.call('phone.undo', {})).round).toMatchObject({ mine: {}, remaining: 3 });
    expect((await phone.api.call('phone.undo', {})).myNotes.map((n) => n.text)).toEqual(['Första']);

    await room.facilitator.call('note.setCluster', { ids: [note.id], clusterId: sip!.id });
    expect((await phone.api.fail('phone.undo', {})).code).toBe('undo_conflict');
    expect(await texts(room)).toContain('Första');
    expect((await phone.api.fail('phone.undo', {})).code).toBe('nothing_to_undo');
  });
});
