import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openTestApp } from '../../../test/support/core';
import { tempDir } from '../../../test/support/temp-dir';

const ronneby = { name: 'LOS Ronneby', area: 'Ronneby', level: 'lokal', description: 'Hemgång' } as const;

describe('programme handlers', () => {
  it('create, edit and list a programme', async () => {
    const app = await openTestApp();
    const created = await app.call('programme.create', ronneby);
    expect(created).toMatchObject({ ...ronneby, isExample: false, workshopCount: 0 });

    const edited = await app.call('programme.update', { id: created.id, name: '  LOS Ronneby 2027 ' });
    expect(edited.name).toBe('LOS Ronneby 2027');
    expect(edited.area).toBe('Ronneby');
    expect((await app.call('programme.list', {})).map((p) => p.name)).toContain('LOS Ronneby 2027');
  });

  it('delete a programme with its workshops; undo brings all back, redo removes them again', async () => {
    const app = await openTestApp();
    const programme = await app.call('programme.create', ronneby);
    const workshop = await app.call('workshop.create', {
      programmeId: programme.id,
      title: 'Ledning',
      date: '2027-02-03',
      type: 'ledning',
      goals: 'Gemensam bild',
    });
    await app.call('programme.delete', { id: programme.id });
    expect((await app.fail('workshop.get', { id: workshop.id })).code).toBe('not_found');
    expect(await app.call('history.state', {})).toMatchObject({ undo: 'programme.delete', redo: null });

    const step = await app.call('history.undo', {});
    expect(step.method).toBe('programme.delete');
    expect(await app.call('workshop.get', { id: workshop.id })).toEqual(workshop);
    expect((await app.call('programme.get', { id: programme.id })).workshopCount).toBe(1);

    await app.call('history.redo', {});
    expect((await app.fail('programme.get', { id: programme.id })).code).toBe('not_found');
  });

  it('keep undo history across a restart', async () => {
    const dataDir = tempDir();
    const first = await openTestApp({ dataDir });
    const programme = await first.call('programme.create', ronneby);
    await first.call('programme.update', { id: programme.id, name: 'Nytt namn' });
    first.core.close();

    const second = await openTestApp({ dataDir });
    await second.call('history.undo', {});
    expect((await second.call('programme.get', { id: programme.id })).name).toBe('LOS Ronneby');
    await second.call('history.undo', {});
    expect((await second.fail('programme.get', { id: programme.id })).code).toBe('not_found');
    expect(await second.call('history.state', {})).toEqual({ undo: null, redo: 'programme.create', undoId: null });
    expect((await second.fail('history.undo', {})).code).toBe('nothing_to_undo');
  });

  it('undo exactly the change a caller expects, or refuse when another came since', async () => {
    const app = await openTestApp();
    const first = await app.call('programme.create', ronneby);
    const { undoId } = await app.call('history.state', {});
    await app.call('programme.create', { ...ronneby, name: 'Senare' });
    expect((await app.fail('history.undo', { expect: undoId! })).code).toBe('not_latest');
    expect((await app.call('programme.list', {})).map((p) => p.name)).toContain('Senare');
    await app.call('history.undo', {});
    expect((await app.call('history.undo', { expect: undoId! })).method).toBe('programme.create');
    expect((await app.fail('programme.get', { id: first.id })).code).toBe('not_found');
  });

  it('a new change drops the redo branch', async () => {
    const app = await openTestApp();
    await app.call('programme.create', ronneby);
    await app.call('history.undo', {});
    await app.call('programme.create', { ...ronneby, name: 'Annat' });
    expect((await app.call('history.state', {})).redo).toBeNull();
  });

  it('an edit that changes nothing adds no history step', async () => {
    const app = await openTestApp();
    const programme = await app.call('programme.create', ronneby);
    await app.call('programme.update', { id: programme.id, name: ronneby.name });
    await app.call('history.undo', {});
    expect((await app.fail('programme.get', { id: programme.id })).code).toBe('not_found');
  });

  it('reject invalid input with validation_failed and change nothing', async () => {
    const app = await openTestApp();
    const before = await app.call('programme.list', {});
    const history = await app.call('history.state', {});
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            name: fc.oneof(fc.constant(''), fc.constant('   '), fc.string({ minLength: 121, maxLength: 200 }), fc.integer()),
            area: fc.oneof(fc.string({ maxLength: 10 }), fc.constant(null)),
            level: fc.oneof(fc.constant('lokal'), fc.string(), fc.constant(undefined)),
            description: fc.oneof(fc.string({ maxLength: 10 }), fc.boolean()),
            extra: fc.string(),
          },
          { requiredKeys: ['name'] },
        ),
        async (input) => {
          const error = await app.fail('programme.create', input);
          expect(error.code).toBe('validation_failed');
          expect(Array.isArray(error.details)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
    expect(await app.call('programme.list', {})).toEqual(before);
    expect(await app.call('history.state', {})).toEqual(history);
  });

  it('refuse unknown methods and unknown ids with stable codes', async () => {
    const app = await openTestApp();
    expect((await app.fail('programme.explode', {})).code).toBe('unknown_method');
    expect((await app.fail('programme.delete', { id: crypto.randomUUID() })).code).toBe('not_found');
    expect((await app.fail('programme.delete', { id: 'not-a-uuid' })).code).toBe('validation_failed');
  });
});
