import { describe, expect, it } from 'vitest';
import { openRoom, clustersOf } from '../../../test/support/phone';

describe('phone.state', () => {
  it('names the workshop and follows the room; the board only while it is shown, without others’ face-down notes', async () => {
    const room = await openRoom();
    const [eva, kim] = [await room.phoneAs('Eva'), await room.phoneAs('Kim')];
    const [sip] = await clustersOf(room, ['SIP']);
    await eva.api.call('phone.writeNote', { text: 'Synlig för alla' });
    await room.app.call('room.setPrivateWriting', { workshopId: room.workshopId, privateWriting: true });
    const evasSecret = await eva.api.call('phone.writeNote', { text: 'Evas hemliga' });
    const kimsSecret = await kim.api.call('phone.writeNote', { text: 'Kims hemliga' });
    await room.facilitator.call('note.setCluster', { ids: [kimsSecret.id], clusterId: sip!.id });

    let state = await eva.api.call('phone.state', {});
    expect(state.workshop).toEqual({ title: 'Utskrivning', date: '2026-12-02', programme: 'Trygg hemgång' });
    expect(state.room).toMatchObject({ workshopId: room.workshopId, view: 'welcome', privateWriting: true });
    expect(state.board).toBeNull();
    expect(state.myNotes.map((n) => [n.text, n.faceDown])).toEqual([
      ['Synlig för alla', false],
      ['Evas hemliga', true],
    ]);

    await room.app.call('room.show', { workshopId: room.workshopId, view: 'board' });
    state = await eva.api.call('phone.state', {});
    expect(state.board).toEqual({ clusters: [{ id: sip!.id, heading: 'SIP', notes: ['SIP: en utmaning'] }], free: ['Synlig för alla'] });
    expect(JSON.stringify(state)).not.toContain('Kims hemliga');
    expect(JSON.stringify(state)).not.toContain(kimsSecret.id);
    // Not even one's own face-down note is on the board the room sees; it is in one's own list.
    const kims = await kim.api.call('phone.state', {});
    expect(kims.board!.clusters[0]!.notes).toEqual(['SIP: en utmaning']);
    expect(kims.myNotes.map((n) => [n.text, n.faceDown])).toContainEqual(['Kims hemliga', true]);
    expect((await kim.api.call('phone.state', {})).board!.free).toEqual(['Synlig för alla']);

    await room.facilitator.call('note.turnOver', { workshopId: room.workshopId });
    state = await eva.api.call('phone.state', {});
    expect(state.board!.clusters[0]!.notes).toEqual(['SIP: en utmaning', 'Kims hemliga']);
    expect(evasSecret.id).toBe(state.myNotes[1]!.id);
    expect(state.myNotes[1]!.faceDown).toBe(false);
  });

  it('the round carries only the caller’s own dots; results appear once revealed', async () => {
    const room = await openRoom();
    const [a, b] = await clustersOf(room, ['Läkemedel', 'SIP']);
    const [eva, kim] = [await room.phoneAs('Eva'), await room.phoneAs('Kim')];
    const watcher = room.phone();
    expect((await eva.api.call('phone.state', {})).round).toBeNull();

    const { round } = await room.facilitator.call('voting.start', { workshopId: room.workshopId, settings: { dotsPerParticipant: 2 } });
    await eva.api.call('phone.vote', { roundId: round.id, itemId: a!.id, change: 'add' });
    await kim.api.call('phone.vote', { roundId: round.id, itemId: b!.id, change: 'add' });
    await kim.api.call('phone.vote', { roundId: round.id, itemId: b!.id, change: 'add' });
    const [evaId, kimId] = (await room.app.call('participant.list', { workshopId: room.workshopId })).map((p) => p.id);

    const seen = await eva.api.call('phone.state', {});
    expect(seen.round).toMatchObject({ id: round.id, mine: { [a!.id]: 1 }, remaining: 1 });
    expect(seen.results).toBeNull();
    // Kim is among the names to choose from, but nothing of the round says what Kim did.
    const text = JSON.stringify({ ...seen, choices: [] });
    expect(text).not.toContain(kimId);
    expect(text).not.toMatch(/"votes"|dotsByParticipant|placedBy|totalDots/);
    expect((await watcher.api.call('phone.state', {})).round).toMatchObject({ mine: {}, remaining: 2 });

    await room.facilitator.call('voting.reveal', { roundId: round.id, revealed: true });
    const results = (await eva.api.call('phone.state', {})).results;
    expect(results).toEqual([
      { itemId: b!.id, label: 'SIP', votes: 2, rank: 1, tied: false },
      { itemId: a!.id, label: 'Läkemedel', votes: 1, rank: 2, tied: false },
    ]);
    expect(JSON.stringify({ ...(await eva.api.call('phone.state', {})), choices: [] })).not.toContain(kimId);
    expect((await kim.api.call('phone.state', {})).round!.mine).toEqual({ [b!.id]: 2 });
    expect(evaId).not.toBe(kimId);
  });

  it('follows the round the room shows; a paper round is not voted on from a phone but its revealed results show', async () => {
    const room = await openRoom();
    const [a] = await clustersOf(room, ['Läkemedel']);
    const phone = await room.phoneAs('Eva');
    const open = (await room.facilitator.call('voting.start', { workshopId: room.workshopId, settings: {} })).round;
    const paper = (await room.facilitator.call('voting.start', { workshopId: room.workshopId, settings: { mode: 'paper' } })).round;
    expect((await phone.api.call('phone.state', {})).round?.id).toBe(open.id);

    await room.facilitator.call('voting.setPaperCount', { roundId: paper.id, itemId: a!.id, count: 4 });
    await room.app.call('room.show', { workshopId: room.workshopId, view: 'voting', roundId: paper.id });
    expect((await phone.api.call('phone.state', {})).round).toBeNull();
    await room.facilitator.call('voting.reveal', { roundId: paper.id, revealed: true });
    expect((await phone.api.call('phone.state', {})).results).toEqual([{ itemId: a!.id, label: 'Läkemedel', votes: 4, rank: 1, tied: false }]);
  });

  it('a free note on the matrix that someone else still keeps face down is listed without its text', async () => {
    const room = await openRoom();
    const [eva, kim] = [await room.phoneAs('Eva'), await room.phoneAs('Kim')];
    await room.app.call('room.setPrivateWriting', { workshopId: room.workshopId, privateWriting: true });
    const secret = await kim.api.call('phone.writeNote', { text: 'Kims hemliga' });
    await room.facilitator.call('matrix.place', { workshopId: room.workshopId, placements: [{ itemId: secret.id, kind: 'note', x: 0.5, y: 0.5 }] });
    await room.facilitator.call('voting.start', { workshopId: room.workshopId, settings: { scope: { kind: 'selection', itemIds: [secret.id] } } });

    expect((await eva.api.call('phone.state', {})).round!.items).toEqual([{ id: secret.id, label: '' }]);
    expect((await kim.api.call('phone.state', {})).round!.items).toEqual([{ id: secret.id, label: 'Kims hemliga' }]);
  });

  it('a removed device is refused, and only joined devices call the phone methods, which reach nothing else', async () => {
    const room = await openRoom();
    const phone = await room.phoneAs('Eva');
    const note = await phone.api.call('phone.writeNote', { text: 'Före' });
    room.joining.removeDevice(room.workshopId, phone.deviceId);
    for (const [method, input] of [
      ['phone.state', {}],
      ['phone.writeNote', { text: 'Efter' }],
      ['phone.editNote', { id: note.id, text: 'Efter' }],
      ['phone.undo', {}],
    ] as const) {
      expect((await phone.api.fail(method, input)).code).toBe('device_removed');
    }
    // A token whose workshop is not the device's is as good as none.
    const stolen = room.phone();
    const other = await room.newWorkshop('Annan');
    expect((await room.app.as({ kind: 'participant', workshopId: other.id, deviceId: stolen.deviceId }).fail('phone.state', {})).code).toBe('device_removed');

    expect((await room.facilitator.fail('phone.state', {})).code).toBe('forbidden');
    expect((await stolen.api.fail('note.create', { workshopId: room.workshopId, text: 'x', colour: 'yellow', authorId: null })).code).toBe('forbidden');
    expect((await stolen.api.fail('history.undo', {})).code).toBe('forbidden');
    expect((await room.app.call('board.get', { workshopId: room.workshopId })).notes.map((n) => n.text)).toEqual(['Före']);
  });
});
