import { describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../../shared/api/contract';
import { timerRemaining } from '../../../shared/room/timer';
import { openTestApp } from '../../../test/support/core';
import { addNotes, exampleWorkshop } from '../../../test/support/board';

describe('room handlers', () => {
  it('follow the facilitator without touching undo, and announce only real changes', async () => {
    let now = new Date('2026-12-02T09:00:00.000Z');
    const app = await openTestApp({ clock: () => now });
    const workshop = await exampleWorkshop(app);
    const events: ChangeEvent[] = [];
    app.core.onChange((event) => events.push(event));
    const history = await app.call('history.state', {});

    expect(await app.call('room.get', { workshopId: workshop.id })).toMatchObject({ view: 'welcome', timer: null, privateWriting: false, now: now.toISOString() });
    await app.call('room.show', { workshopId: workshop.id, view: 'matrix' });
    await app.call('room.show', { workshopId: workshop.id, view: 'matrix' });
    expect(events).toHaveLength(1);
    expect(await app.call('history.state', {})).toEqual(history);
    expect((await app.call('room.get', { workshopId: workshop.id })).view).toBe('matrix');

    await app.call('room.timer', { workshopId: workshop.id, change: { action: 'start', purpose: 'writing', durationSeconds: 300 } });
    now = new Date('2026-12-02T09:01:00.000Z');
    const paused = await app.call('room.timer', { workshopId: workshop.id, change: { action: 'pause' } });
    expect(paused.timer).toMatchObject({ runningSince: null, remainingSeconds: 240 });
    now = new Date('2026-12-02T09:05:00.000Z');
    const resumed = await app.call('room.timer', { workshopId: workshop.id, change: { action: 'resume' } });
    expect(timerRemaining(resumed.timer!, Date.parse('2026-12-02T09:06:00.000Z'))).toBe(180);
    expect((await app.call('room.timer', { workshopId: workshop.id, change: { action: 'clear' } })).timer).toBeNull();
  });

  it('refuse a cluster or round of another workshop, changing nothing', async () => {
    const app = await openTestApp();
    const workshop = await exampleWorkshop(app);
    const other = await app.call('workshop.create', { programmeId: workshop.programmeId, title: 'Annan', date: null, type: 'verksamhet', goals: '' });
    const [note] = await addNotes(app, other.id, ['Kallelse till SIP dröjer']);
    const cluster = await app.call('cluster.create', { workshopId: other.id, heading: 'SIP', noteIds: [note!.id] });
    const error = await app.fail('room.show', { workshopId: workshop.id, view: 'board', clusterId: cluster.id });
    expect(error.code).toBe('validation_failed');
    expect((await app.call('room.get', { workshopId: workshop.id })).view).toBe('welcome');
    expect((await app.fail('room.timer', { workshopId: workshop.id, change: { action: 'start', purpose: 'writing', durationSeconds: 5 } })).code).toBe('validation_failed');
  });

  it('write notes face down while private writing is on; turning them over is one undoable step', async () => {
    const app = await openTestApp();
    const workshop = await exampleWorkshop(app);
    const [open] = await addNotes(app, workshop.id, ['Synlig från början']);
    await app.call('room.setPrivateWriting', { workshopId: workshop.id, privateWriting: true });
    const hidden = await addNotes(app, workshop.id, ['Dold ett', 'Dold två']);
    expect(open!.faceDown).toBe(false);
    expect(hidden.map((note) => note.faceDown)).toEqual([true, true]);

    expect(await app.call('note.turnOver', { workshopId: workshop.id })).toBe(2);
    expect((await app.call('board.get', { workshopId: workshop.id })).notes.every((note) => !note.faceDown)).toBe(true);
    await app.call('history.undo', {});
    expect((await app.call('board.get', { workshopId: workshop.id })).notes.filter((note) => note.faceDown)).toHaveLength(2);
    expect(await app.call('note.turnOver', { workshopId: workshop.id, ids: [hidden[0]!.id] })).toBe(1);
  });
});
