import { describe, expect, it } from 'vitest';
import { absoluteY } from '../../../shared/processmap/lanes';
import type { MapView } from '../../../shared/processmap/schema';
import { openTestApp, type TestApp } from '../../../test/support/core';
import { newMap } from '../../../test/support/processmap';

const issues = (error: { details?: unknown }) => (error.details as { path: (string | number)[]; code: string }[]).map((d) => [d.path.join('.'), d.code]);
const byLabel = (view: MapView, start: string) => view.elements.find((e) => e.label.startsWith(start))!;
const laneName = (view: MapView, laneId: string) => view.lanes.find((l) => l.id === laneId)?.name;

async function undo(app: TestApp, mapId: string) {
  return app.call('history.undo', { scope: `map:${mapId}` as never });
}

describe('process maps', () => {
  it('create a nuläge from the discharge template, in the app language, with lanes, steps and arrows', async () => {
    const app = await openTestApp();
    const { map, view } = await newMap(app);
    expect(map).toMatchObject({ state: 'nulage', template: 'los_discharge', pairId: null });
    expect(view.lanes.map((l) => [l.name, l.huvudman])).toEqual([
      ['Personen och närstående: behov och det som är värdefullt', null],
      ['Sjukhusets slutenvård', 'region'],
      ['Socialtjänsten i kommunen', 'kommun'],
      ['Kommunens hälso- och sjukvård', 'kommun'],
      ['Primärvården (vårdcentralen)', 'region'],
    ]);
    expect(view.elements).toHaveLength(11);
    expect(laneName(view, byLabel(view, 'Kallelse till SIP').laneId)).toBe('Primärvården (vårdcentralen)');
    expect(view.arrows.filter((a) => a.label !== '').map((a) => a.label)).toEqual(['ja', 'nej']);
    for (const element of view.elements) expect(element.offset + element.height).toBeLessThanOrEqual(view.lanes.find((l) => l.id === element.laneId)!.height);

    await app.call('settings.update', { language: 'en' });
    const home = (await newMap(app, 'home_care', 'onskat')).view;
    expect(home.lanes[0]!.name).toBe('The person and their family: needs and what matters');
    expect(home.arrows.map((a) => a.label).filter(Boolean)).toEqual(['needs have changed', 'as planned', 'no']);
    expect((await newMap(app, 'empty')).view).toMatchObject({ elements: [], arrows: [] });
    expect((await app.call('processMap.list', { programmeId: map.programmeId })).map((m) => m.state)).toEqual(['nulage', 'nulage', 'onskat']);
  });

  it('move a dragged selection as one undo step into the lane each middle lands in; outside every lane is refused', async () => {
    const app = await openTestApp();
    const { map, view } = await newMap(app);
    const notice = byLabel(view, 'Inskrivningsmeddelande');
    const ready = byLabel(view, 'Bedöms utskrivningsklar');
    const social = view.lanes[2]!;
    const socialTop = absoluteY(view.lanes, social.id, 0);
    const scoped = app.in(`map:${map.id}`);
    await scoped.call('mapElement.move', {
      mapId: map.id,
      moves: [
        { id: notice.id, x: 500, y: socialTop + 20 },
        { id: ready.id, x: ready.x + 10, y: absoluteY(view.lanes, ready.laneId, ready.offset) },
      ],
    });
    const moved = await app.call('processMap.get', { id: map.id });
    expect(byLabel(moved, 'Inskrivningsmeddelande')).toMatchObject({ x: 500, laneId: social.id, offset: 20 });
    expect(byLabel(moved, 'Bedöms utskrivningsklar')).toMatchObject({ x: ready.x + 10, laneId: ready.laneId, offset: ready.offset });

    const total = view.lanes.reduce((sum, lane) => sum + lane.height, 0);
    const refused = await app.fail('mapElement.move', { mapId: map.id, moves: [{ id: notice.id, x: 0, y: 0 }, { id: ready.id, x: 0, y: total + 50 }] });
    expect(issues(refused)).toEqual([['moves.1.y', 'outside_lane']]);
    expect(byLabel(await app.call('processMap.get', { id: map.id }), 'Inskrivningsmeddelande').x).toBe(500);

    expect((await scoped.call('history.state', {})).undo).toBe('mapElement.move');
    await undo(app, map.id);
    const back = await app.call('processMap.get', { id: map.id });
    expect(byLabel(back, 'Inskrivningsmeddelande')).toMatchObject({ x: notice.x, laneId: notice.laneId, offset: notice.offset });
    expect(byLabel(back, 'Bedöms utskrivningsklar').x).toBe(ready.x);
  });

  it('move a step to another lane by keyboard, and keep lanes tall enough for their steps', async () => {
    const app = await openTestApp();
    const { view } = await newMap(app);
    const sip = byLabel(view, 'Kallelse till SIP');
    const municipal = view.lanes[3]!;
    expect(await app.call('mapElement.update', { id: sip.id, laneId: municipal.id, responsible: 'Sjuksköterska i kommunen' })).toMatchObject({ laneId: municipal.id, offset: sip.offset, responsible: 'Sjuksköterska i kommunen' });
    const tooLow = await app.fail('mapLane.update', { id: municipal.id, height: 60 });
    expect(tooLow.details).toEqual([expect.objectContaining({ path: ['height'], code: 'too_small', minimum: sip.offset + sip.height })]);
    expect(await app.call('mapLane.update', { id: municipal.id, name: 'Hemsjukvården', height: 300 })).toMatchObject({ name: 'Hemsjukvården', height: 300 });
  });

  it('ask where the steps of a deleted lane go, move them there, and bring it all back with undo', async () => {
    const app = await openTestApp();
    const { map, view } = await newMap(app);
    const hospital = view.lanes[1]!;
    const inHospital = view.elements.filter((e) => e.laneId === hospital.id);
    expect(inHospital.length).toBeGreaterThan(2);
    const asked = await app.fail('mapLane.delete', { id: hospital.id });
    expect(asked).toMatchObject({ code: 'lane_not_empty', details: { laneId: hospital.id, count: inHospital.length } });
    expect(issues(await app.fail('mapLane.delete', { id: hospital.id, moveTo: hospital.id }))).toEqual([['moveTo', 'same_lane']]);

    const target = view.lanes[4]!;
    await app.in(`map:${map.id}`).call('mapLane.delete', { id: hospital.id, moveTo: target.id });
    const after = await app.call('processMap.get', { id: map.id });
    expect(after.lanes.map((l) => l.id)).not.toContain(hospital.id);
    expect(after.elements.filter((e) => inHospital.some((h) => h.id === e.id)).map((e) => e.laneId)).toEqual(inHospital.map(() => target.id));
    expect(after.arrows).toHaveLength(view.arrows.length);

    await undo(app, map.id);
    expect(await app.call('processMap.get', { id: map.id })).toEqual(view);
  });

  it('refuse arrows to nothing or into another map; allow loops', async () => {
    const app = await openTestApp();
    const { map, view } = await newMap(app);
    const other = (await newMap(app, 'home_care')).view;
    const step = view.elements[1]!;
    expect(issues(await app.fail('mapArrow.create', { mapId: map.id, from: step.id, to: '00000000-0000-4000-8000-000000000000' }))).toEqual([['to', 'unknown_element']]);
    expect(issues(await app.fail('mapArrow.create', { mapId: map.id, from: other.elements[0]!.id, to: step.id }))).toEqual([['from', 'other_map']]);
    expect(issues(await app.fail('mapElement.create', { mapId: map.id, kind: 'step', x: 0, y: -500 }))).toEqual([['y', 'outside_lane']]);
    expect((await app.fail('mapElement.create', { mapId: map.id, kind: 'swimlane', x: 0, y: 0 })).code).toBe('validation_failed');
    const loop = await app.call('mapArrow.create', { mapId: map.id, from: step.id, to: step.id, label: 'igen' });
    expect(loop).toMatchObject({ from: step.id, to: step.id, label: 'igen' });
    expect((await app.call('processMap.get', { id: map.id })).arrows).toHaveLength(view.arrows.length + 1);

    // Deleting a step takes its arrows with it, and undo brings both back.
    await app.in(`map:${map.id}`).call('mapElement.delete', { ids: [step.id] });
    expect((await app.call('processMap.get', { id: map.id })).arrows.some((a) => a.from === step.id || a.to === step.id)).toBe(false);
    await undo(app, map.id);
    expect((await app.call('processMap.get', { id: map.id })).arrows).toHaveLength(view.arrows.length + 1);
  });

  it('delete a selection of elements and arrows between others as one step', async () => {
    const app = await openTestApp();
    const { map, view } = await newMap(app);
    const step = view.elements[1]!;
    const elsewhere = view.arrows.find((a) => a.from !== step.id && a.to !== step.id)!;
    const alongWithStep = view.arrows.find((a) => a.from === step.id)!;
    await app.in(`map:${map.id}`).call('mapElement.delete', { ids: [step.id], arrowIds: [elsewhere.id, alongWithStep.id] });
    const after = await app.call('processMap.get', { id: map.id });
    expect(after.elements.map((e) => e.id)).not.toContain(step.id);
    expect(after.arrows.map((a) => a.id)).not.toContain(elsewhere.id);
    await undo(app, map.id);
    const restored = await app.call('processMap.get', { id: map.id });
    // Arrows made in the same instant come back in any order.
    expect(new Set(restored.arrows.map((a) => JSON.stringify(a)))).toEqual(new Set(view.arrows.map((a) => JSON.stringify(a))));
    expect(restored.elements).toEqual(view.elements);
    expect(issues(await app.fail('mapElement.delete', { ids: [] }))).toEqual([['ids', 'custom']]);
  });
});
