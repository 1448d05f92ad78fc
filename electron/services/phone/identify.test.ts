import { describe, expect, it } from 'vitest';
import { openRoom } from '../../../test/support/phone';

describe('phone.identify', () => {
  it('a listed participant is held by one device only; the others see them as taken', async () => {
    const room = await openRoom();
    const eva = await room.person('Eva');
    const [first, second] = [room.phone(), room.phone()];
    const before = await second.api.call('phone.state', {});
    expect(before.me).toEqual({ deviceId: second.deviceId, participant: null, anonymous: false });
    expect(before.choices).toEqual([{ id: eva, name: 'Eva', organisation: 'Vårdcentralen', taken: false }]);

    const mine = await first.api.call('phone.identify', { as: 'listed', participantId: eva });
    expect(mine.me.participant).toEqual({ id: eva, name: 'Eva' });
    expect(mine.choices[0]!.taken).toBe(false);
    expect((await second.api.fail('phone.identify', { as: 'listed', participantId: eva })).code).toBe('participant_taken');
    expect((await second.api.call('phone.state', {})).choices[0]!.taken).toBe(true);
    // The holder may say it again, e.g. after a reload.
    expect((await first.api.call('phone.identify', { as: 'listed', participantId: eva })).me.participant?.id).toBe(eva);
  });

  it('a participant of another workshop is not found', async () => {
    const room = await openRoom();
    const other = await room.newWorkshop('Annan');
    const stranger = await room.person('Kim', other.id);
    expect((await room.phone().api.fail('phone.identify', { as: 'listed', participantId: stranger })).code).toBe('not_found');
  });

  it('a new participant joins the workshop list, outside every history', async () => {
    const room = await openRoom();
    const phone = room.phone();
    const state = await phone.api.call('phone.identify', { as: 'new', fields: { name: 'Sara', organisation: 'Hemtjänsten', huvudman: 'kommun' } });
    const [sara] = await room.app.call('participant.list', { workshopId: room.workshopId });
    expect(sara).toMatchObject({ name: 'Sara', organisation: 'Hemtjänsten', huvudman: 'kommun', role: '' });
    expect(state.me).toMatchObject({ participant: { id: sara!.id, name: 'Sara' }, anonymous: false });
    expect((await phone.api.fail('phone.undo', {})).code).toBe('nothing_to_undo');
    expect((await room.facilitator.fail('history.undo', {})).code).toBe('nothing_to_undo');
  });

  it('anonymous only when the session allows it, numbered after the highest in use', async () => {
    const room = await openRoom();
    const phone = room.phone();
    expect((await phone.api.fail('phone.identify', { as: 'anonymous' })).code).toBe('anonymous_not_allowed');
    expect(await room.app.call('participant.list', { workshopId: room.workshopId })).toEqual([]);

    room.joining.setAllowAnonymous(room.workshopId, true);
    expect((await phone.api.call('phone.state', {})).allowAnonymous).toBe(true);
    const first = await phone.api.call('phone.identify', { as: 'anonymous' });
    expect(first.me).toMatchObject({ participant: { name: 'Anonym 1' }, anonymous: true });
    await room.person('Anonym 4');
    const second = await room.phone().api.call('phone.identify', { as: 'anonymous' });
    expect(second.me.participant?.name).toBe('Anonym 5');
    const people = await room.app.call('participant.list', { workshopId: room.workshopId });
    expect(people.find((p) => p.name === 'Anonym 5')).toMatchObject({ organisation: '', huvudman: 'annan', role: '' });
  });

  it('refuses input naming a workshop or anything beyond the identity', async () => {
    const room = await openRoom();
    const phone = room.phone();
    expect((await phone.api.fail('phone.identify', { as: 'anonymous', workshopId: room.workshopId })).code).toBe('validation_failed');
    expect((await phone.api.fail('phone.identify', { as: 'new', fields: { name: 'Sara', organisation: '', huvudman: 'kommun', role: 'chef' } })).code).toBe(
      'validation_failed',
    );
  });
});
