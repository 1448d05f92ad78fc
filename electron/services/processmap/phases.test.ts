import { describe, expect, it } from 'vitest';
import { MAP_LIMITS } from '../../../shared/processmap/schema';
import { DEFAULT_PHASE_WIDTH } from '../../../shared/processmap/sizes';
import { openTestApp } from '../../../test/support/core';
import { newMap } from '../../../test/support/processmap';

const issues = (error: { details?: unknown }) => (error.details as { path: (string | number)[]; code: string }[]).map((d) => [d.path.join('.'), d.code]);

describe('map phases', () => {
  it('add, rename, resize, reorder and delete phases, each one undo step in the map', async () => {
    const app = await openTestApp();
    const { map, view } = await newMap(app);
    const scoped = app.in(`map:${map.id}`);
    const undo = () => scoped.call('history.undo', { scope: `map:${map.id}` as never });
    const phases = async () => (await app.call('processMap.get', { id: map.id })).phases.map((p) => [p.name, p.width]);

    const before = await scoped.call('mapPhase.create', { mapId: map.id, name: 'Före utskrivning' });
    expect(before).toMatchObject({ mapId: map.id, name: 'Före utskrivning', width: DEFAULT_PHASE_WIDTH });
    const home = await scoped.call('mapPhase.create', { mapId: map.id, name: 'Hemma', width: 900 });
    expect(await phases()).toEqual([['Före utskrivning', DEFAULT_PHASE_WIDTH], ['Hemma', 900]]);

    expect(await scoped.call('mapPhase.update', { id: before.id, name: 'På sjukhuset', width: 1200 })).toMatchObject({ name: 'På sjukhuset', width: 1200 });
    expect((await scoped.call('history.state', {})).undo).toBe('mapPhase.update');
    await undo();
    expect(await phases()).toEqual([['Före utskrivning', DEFAULT_PHASE_WIDTH], ['Hemma', 900]]);

    await scoped.call('mapPhase.reorder', { mapId: map.id, ids: [home.id, before.id] });
    expect(await phases()).toEqual([['Hemma', 900], ['Före utskrivning', DEFAULT_PHASE_WIDTH]]);
    await undo();
    expect(await phases()).toEqual([['Före utskrivning', DEFAULT_PHASE_WIDTH], ['Hemma', 900]]);

    // A phase is only a column: deleting it leaves every element where it was.
    await scoped.call('mapPhase.delete', { id: before.id });
    const after = await app.call('processMap.get', { id: map.id });
    expect(after.phases.map((p) => p.name)).toEqual(['Hemma']);
    expect(after.elements).toEqual(view.elements);
    await undo();
    await undo();
    await undo();
    expect(await app.call('processMap.get', { id: map.id })).toEqual(view);

    // The counterpart copies the phases.
    await scoped.call('mapPhase.create', { mapId: map.id, name: 'Hemma' });
    const desired = await app.call('processMap.createCounterpart', { counterpartOf: map.id });
    expect((await app.call('processMap.get', { id: desired.id })).phases.map((p) => p.name)).toEqual(['Hemma']);
  });

  it('refuse bad phases naming the field, and save nothing', async () => {
    const app = await openTestApp();
    const { map } = await newMap(app);
    const other = (await newMap(app, 'home_care')).map;
    const phase = await app.call('mapPhase.create', { mapId: map.id, name: 'Planering' });
    const foreign = await app.call('mapPhase.create', { mapId: other.id, name: 'Bedömning' });

    expect(issues(await app.fail('mapPhase.create', { mapId: map.id, name: '' }))).toEqual([['name', 'too_small']]);
    expect(issues(await app.fail('mapPhase.create', { mapId: map.id, name: 'Smal', width: 10 }))).toEqual([['width', 'too_small']]);
    expect(issues(await app.fail('mapPhase.update', { id: phase.id, name: 'x'.repeat(MAP_LIMITS.laneName + 1) }))).toEqual([['name', 'too_big']]);
    expect(issues(await app.fail('mapPhase.update', { id: phase.id, colour: 'red' }))).toEqual([['', 'unrecognized_keys']]);
    expect(issues(await app.fail('mapPhase.reorder', { mapId: map.id, ids: [phase.id, phase.id] }))).toEqual([['ids', 'duplicate']]);
    expect(issues(await app.fail('mapPhase.reorder', { mapId: map.id, ids: [phase.id, foreign.id] }))).toEqual([['ids', 'other_parent']]);
    const second = await app.call('mapPhase.create', { mapId: map.id, name: 'Hemma' });
    expect(issues(await app.fail('mapPhase.reorder', { mapId: map.id, ids: [second.id] }))).toEqual([['ids', 'incomplete']]);
    expect((await app.fail('mapPhase.delete', { id: '00000000-0000-4000-8000-000000000000' })).code).toBe('not_found');

    for (let i = 2; i < MAP_LIMITS.phases; i += 1) await app.call('mapPhase.create', { mapId: map.id, name: `Fas ${i + 1}` });
    expect(issues(await app.fail('mapPhase.create', { mapId: map.id, name: 'En för mycket' }))).toEqual([['mapId', 'too_many_phases']]);
    const { phases } = await app.call('processMap.get', { id: map.id });
    expect(phases).toHaveLength(MAP_LIMITS.phases);
    expect(phases.slice(0, 2).map((p) => [p.name, p.width])).toEqual([['Planering', DEFAULT_PHASE_WIDTH], ['Hemma', DEFAULT_PHASE_WIDTH]]);
  });
});
