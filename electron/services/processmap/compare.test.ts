import { describe, expect, it } from 'vitest';
import { absoluteY } from '../../../shared/processmap/lanes';
import type { MapView } from '../../../shared/processmap/schema';
import { openTestApp } from '../../../test/support/core';
import { planWithArea } from '../../../test/support/plan';
import { prioritisedCluster } from '../../../test/support/plan-fixture';
import { newMap } from '../../../test/support/processmap';

const byLabel = (view: MapView, start: string) => view.elements.find((e) => e.label.startsWith(start))!;

describe('nuläge and önskat läge', () => {
  it('make the önskat läge as a linked copy, compare, and turn the change table into activities once each', async () => {
    const app = await openTestApp();
    const { cluster, notes } = await prioritisedCluster(app);
    const { map: current, view: now } = await newMap(app);
    const sip = byLabel(now, 'Kallelse till SIP');
    await app.call('mapElement.update', { id: sip.id, problem: true });
    const card = await app.call('mapElement.create', { mapId: current.id, kind: 'challenge', x: sip.x, y: absoluteY(now.lanes, sip.laneId, sip.offset), clusterId: cluster.id, pinnedTo: sip.id });
    expect(card).toMatchObject({ label: 'SIP i tid', clusterId: cluster.id, noteIds: [], noteCount: 2, pinnedTo: sip.id });
    const [firstNote] = notes;
    const noteCard = await app.call('mapElement.create', { mapId: current.id, kind: 'challenge', x: 0, y: 0, noteIds: [firstNote!.id] });
    expect(noteCard).toMatchObject({ label: 'Kallelsen till SIP kommer för sent', clusterId: null, noteIds: [firstNote!.id], noteCount: 1 });
    expect((await app.fail('mapElement.create', { mapId: current.id, kind: 'step', x: 0, y: 0, clusterId: cluster.id })).details).toEqual([expect.objectContaining({ path: ['clusterId'], code: 'not_card' })]);
    expect((await app.fail('processMap.compare', { id: current.id })).code).toBe('map_unpaired');

    const desired = await app.call('processMap.createCounterpart', { counterpartOf: current.id });
    expect(desired).toMatchObject({ state: 'onskat', name: current.name, pairId: current.id });
    expect((await app.call('processMap.get', { id: current.id })).map.pairId).toBe(desired.id);
    expect((await app.fail('processMap.createCounterpart', { counterpartOf: current.id })).details).toEqual([expect.objectContaining({ path: ['counterpartOf'], code: 'already_paired' })]);
    const copy = await app.call('processMap.get', { id: desired.id });
    expect(copy.elements).toHaveLength(now.elements.length);
    expect(copy.elements.some((e) => e.kind === 'challenge' || e.problem)).toBe(false);
    expect(copy.arrows).toHaveLength(now.arrows.length);
    expect((await app.call('processMap.compare', { id: desired.id })).changes).toEqual([]);
    expect((await app.fail('mapElement.update', { id: byLabel(copy, 'Skrivs ut').id, problem: true })).details).toEqual([expect.objectContaining({ path: ['problem'], code: 'not_current' })]);

    // The SIP call moves to the municipality and is renamed; a follow-up step is new; own planning goes.
    const sipCopy = byLabel(copy, 'Kallelse till SIP');
    const municipal = copy.lanes[3]!;
    await app.call('mapElement.update', { id: sipCopy.id, laneId: municipal.id, label: 'Kommunen kallar till SIP', responsible: 'Sjuksköterska i kommunen' });
    await app.call('mapElement.create', { mapId: desired.id, kind: 'step', x: 2400, y: absoluteY(copy.lanes, municipal.id, 20), label: 'Uppföljning efter hemgång' });
    const planning = byLabel(copy, 'Varje part planerar');
    await app.call('mapElement.delete', { ids: [planning.id] });
    const ownPlanning = byLabel(now, 'Varje part planerar');

    const comparison = await app.call('processMap.compare', { id: current.id });
    expect(comparison).toMatchObject({ currentId: current.id, desiredId: desired.id });
    expect(comparison.steps.find((s) => s.desiredId === sipCopy.id)).toEqual({ status: 'moved', currentId: sip.id, desiredId: sipCopy.id, matchedBy: 'link' });
    expect(comparison.changes.map((c) => [c.kind, c.step, c.fromLane, c.toLane, c.responsible, c.huvudman])).toEqual([
      ['moved', 'Kommunen kallar till SIP', 'Primärvården (vårdcentralen)', 'Kommunens hälso- och sjukvård', 'Sjuksköterska i kommunen', 'kommun'],
      ['new', 'Uppföljning efter hemgång', null, 'Kommunens hälso- och sjukvård', '', 'kommun'],
      ['removed', ownPlanning.label, 'Socialtjänsten i kommunen', null, 'Biståndshandläggare', 'kommun'],
    ]);

    const { plan, area } = await planWithArea(app);
    const activity = await app.in(`map:${desired.id}`).call('processMap.createActivity', { mapId: desired.id, elementId: sipCopy.id, areaId: area.id });
    expect(activity).toMatchObject({
      planId: plan.id,
      what: 'Flytta ”Kommunen kallar till SIP” från Primärvården (vårdcentralen) till Kommunens hälso- och sjukvård',
      responsibleName: 'Sjuksköterska i kommunen',
      responsibleOrganisation: 'Kommunens hälso- och sjukvård',
      responsibleHuvudman: 'kommun',
    });
    expect((await app.call('processMap.createActivity', { mapId: current.id, elementId: sipCopy.id, areaId: area.id })).id).toBe(activity.id);
    const removed = await app.call('processMap.createActivity', { mapId: current.id, elementId: ownPlanning.id, areaId: area.id, what: 'Samordna planeringen i en SIP' });
    expect(removed).toMatchObject({ what: 'Samordna planeringen i en SIP', responsibleHuvudman: 'kommun' });
    expect((await app.call('processMap.compare', { id: desired.id })).changes.map((c) => c.activityId)).toEqual([activity.id, null, removed.id]);
    expect((await app.fail('processMap.createActivity', { mapId: current.id, elementId: byLabel(now, 'Skrivs ut').id, areaId: area.id })).details).toEqual([
      expect.objectContaining({ path: ['elementId'], code: 'no_change' }),
    ]);
    expect((await app.call('plan.get', { id: plan.id })).areas[0]!.activities).toHaveLength(2);

    // Undo in the map takes the activity back out of the plan too.
    await app.call('history.undo', { scope: `map:${desired.id}` as never });
    expect((await app.call('plan.get', { id: plan.id })).areas[0]!.activities.map((a) => a.id)).toEqual([removed.id]);

    // A note deleted on the board leaves the cards that stood for it; undo there puts it back on them.
    await app.call('note.delete', { ids: [firstNote!.id] });
    const cards = async () => (await app.call('processMap.get', { id: current.id })).elements.filter((e) => e.kind === 'challenge').map((e) => [e.noteIds.length, e.noteCount]);
    expect(await cards()).toEqual([[0, 0], [0, 1]]);
    await app.call('history.undo', {});
    expect(await cards()).toEqual([[1, 1], [0, 2]]);
  });

  it('rename both maps of a pair together; deleting one leaves the other unpaired, and undo pairs them again', async () => {
    const app = await openTestApp();
    const { map } = await newMap(app, 'home_care');
    const desired = await app.call('processMap.createCounterpart', { counterpartOf: map.id, copy: false });
    expect((await app.call('processMap.get', { id: desired.id })).elements).toEqual([]);
    await app.call('processMap.update', { id: desired.id, name: 'Hemsjukvård i Örebro' });
    expect((await app.call('processMap.get', { id: map.id })).map.name).toBe('Hemsjukvård i Örebro');

    await app.call('processMap.delete', { id: map.id });
    expect((await app.call('processMap.get', { id: desired.id })).map.pairId).toBeNull();
    await app.call('history.undo', {});
    expect((await app.call('processMap.get', { id: desired.id })).map.pairId).toBe(map.id);
    expect((await app.call('processMap.get', { id: map.id })).elements.length).toBeGreaterThan(5);
  });
});
