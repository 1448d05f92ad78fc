import { describe, expect, it } from 'vitest';
import { openTestApp } from '../../../test/support/core';

describe('workshop handlers', () => {
  it('create, edit, list and delete workshops of a programme, with undo', async () => {
    const app = await openTestApp();
    const [example] = await app.call('programme.list', {});
    const created = await app.call('workshop.create', {
      programmeId: example!.id,
      title: 'Förberedande möte',
      date: null,
      type: 'forberedande',
      goals: '',
    });
    const edited = await app.call('workshop.update', { id: created.id, date: '2027-03-01', goals: 'Planera' });
    expect(edited).toMatchObject({ title: 'Förberedande möte', date: '2027-03-01', goals: 'Planera' });
    expect((await app.call('workshop.list', { programmeId: example!.id })).map((w) => w.id)).toContain(created.id);

    await app.call('workshop.delete', { id: created.id });
    expect((await app.call('workshop.list', { programmeId: example!.id })).map((w) => w.id)).not.toContain(created.id);
    await app.call('history.undo', {});
    expect(await app.call('workshop.get', { id: created.id })).toEqual(edited);
  });

  it('refuse a workshop in a programme that does not exist, a bad date or type', async () => {
    const app = await openTestApp();
    const base = { title: 'X', date: null, type: 'ledning', goals: '' } as const;
    expect((await app.fail('workshop.create', { ...base, programmeId: crypto.randomUUID() })).code).toBe('not_found');
    const [example] = await app.call('programme.list', {});
    expect((await app.fail('workshop.create', { ...base, programmeId: example!.id, date: '2027-13-45' })).code).toBe('validation_failed');
    expect((await app.fail('workshop.create', { ...base, programmeId: example!.id, type: 'fest' })).code).toBe('validation_failed');
  });
});
