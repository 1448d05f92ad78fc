import { describe, expect, it } from 'vitest';
import { NEW_NOTE_COLOUR } from '../../../shared/board/schema';
import { openRoom } from '../../../test/support/phone';

describe('notes from a phone', () => {
  it('a phone that has not said who it is may not write', async () => {
    const room = await openRoom();
    const failure = await room.phone().api.fail('phone.writeNote', { text: 'Läkemedelslistan saknas' });
    expect(failure).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/who you are/) });
    expect((await room.app.call('board.get', { workshopId: room.workshopId })).notes).toEqual([]);
  });

  it('written under its participant, face down while the room writes privately, placed as the board adds a note', async () => {
    const room = await openRoom();
    const phone = await room.phoneAs('Eva');
    const open = await phone.api.call('phone.writeNote', { text: 'Ingen ringer hemtjänsten' });
    await room.app.call('room.setPrivateWriting', { workshopId: room.workshopId, privateWriting: true });
    const hidden = await phone.api.call('phone.writeNote', { text: 'Vem äger SIP:en?' });
    const fromBoard = await room.facilitator.call('note.create', { workshopId: room.workshopId, text: 'Från tavlan', colour: NEW_NOTE_COLOUR, authorId: null });

    expect(open).toEqual({ id: open.id, text: 'Ingen ringer hemtjänsten', faceDown: false });
    expect(hidden.faceDown).toBe(true);
    const { notes } = await room.app.call('board.get', { workshopId: room.workshopId });
    const [eva] = await room.app.call('participant.list', { workshopId: room.workshopId });
    const written = notes.filter((n) => n.id !== fromBoard.id);
    expect(written.map((n) => [n.text, n.authorId, n.colour, n.faceDown])).toEqual([
      ['Ingen ringer hemtjänsten', eva!.id, NEW_NOTE_COLOUR, false],
      ['Vem äger SIP:en?', eva!.id, NEW_NOTE_COLOUR, true],
    ]);
    // Each new note, from the phone or the board, goes to the next free place: none lies on another.
    expect(new Set(notes.map((n) => `${n.x},${n.y}`)).size).toBe(3);
    expect((await phone.api.call('phone.state', {})).myNotes).toEqual([open, hidden]);
  });

  it('edits and deletes only its own notes; others are not_own, another workshop’s not found', async () => {
    const room = await openRoom();
    const [eva, kim] = [await room.phoneAs('Eva'), await room.phoneAs('Kim')];
    const own = await eva.api.call('phone.writeNote', { text: 'Utskrivningsklar utan plan' });
    const kims = await kim.api.call('phone.writeNote', { text: 'Kims lapp' });
    const facilitators = await room.facilitator.call('note.create', { workshopId: room.workshopId, text: 'Processledarens', colour: 'blue', authorId: null });
    const other = await room.newWorkshop('Annan');
    const elsewhere = await room.app.call('note.create', { workshopId: other.id, text: 'Annan workshop', colour: 'blue', authorId: null });

    expect(await eva.api.call('phone.editNote', { id: own.id, text: 'Utskrivningsklar utan SIP' })).toEqual({ ...own, text: 'Utskrivningsklar utan SIP' });
    for (const id of [kims.id, facilitators.id]) {
      expect((await eva.api.fail('phone.editNote', { id, text: 'Kapad' })).code).toBe('not_own');
      expect((await eva.api.fail('phone.deleteNote', { id })).code).toBe('not_own');
    }
    expect((await eva.api.fail('phone.editNote', { id: elsewhere.id, text: 'Kapad' })).code).toBe('not_found');
    expect((await eva.api.fail('phone.deleteNote', { id: elsewhere.id })).code).toBe('not_found');

    expect(await eva.api.call('phone.deleteNote', { id: own.id })).toBeNull();
    const texts = (await room.app.call('board.get', { workshopId: room.workshopId })).notes.map((n) => n.text);
    expect(texts).toEqual(['Kims lapp', 'Processledarens']);
    expect((await room.app.call('board.get', { workshopId: other.id })).notes.map((n) => n.text)).toEqual(['Annan workshop']);
  });

  it('a participant the facilitator removed can no longer write from the phone', async () => {
    const room = await openRoom();
    const phone = await room.phoneAs('Eva');
    const note = await phone.api.call('phone.writeNote', { text: 'Första' });
    const [eva] = await room.app.call('participant.list', { workshopId: room.workshopId });
    await room.facilitator.call('participant.delete', { id: eva!.id });
    expect((await phone.api.fail('phone.writeNote', { text: 'Andra' })).code).toBe('forbidden');
    expect((await phone.api.fail('phone.deleteNote', { id: note.id })).code).toBe('forbidden');
    expect((await phone.api.call('phone.state', {})).me.participant).toBeNull();
  });
});
