import { describe, expect, it } from 'vitest';
import { arrangeMap } from '../../../shared/processmap/arrange';
import { elkEngine } from '../../../shared/processmap/elk';
import { absoluteY } from '../../../shared/processmap/lanes';
import type { MapView } from '../../../shared/processmap/schema';
import { openTestApp } from '../../../test/support/core';
import { newMap } from '../../../test/support/processmap';

const byLabel = (view: MapView, start: string) => view.elements.find((e) => e.label.startsWith(start))!;
const places = (view: MapView) => view.elements.map((e) => [e.label, e.laneId, e.x, e.offset]);

describe('Ordna', () => {
  it('lays a map out along its flow with ELK, every step in its lane, as one undo step that later tweaks leave alone', async () => {
    const app = await openTestApp();
    const { map, view: template } = await newMap(app);
    const scoped = app.in(`map:${map.id}`);
    // Scatter the steps, and draw a loop back from the discharge to the planning.
    const scattered = template.elements.map((e, i) => ({ id: e.id, x: (template.elements.length - i) * 97, y: absoluteY(template.lanes, e.laneId, e.offset) }));
    await app.call('mapElement.move', { mapId: map.id, moves: scattered });
    await app.call('mapArrow.create', { mapId: map.id, from: byLabel(template, 'Skrivs ut').id, to: byLabel(template, 'Varje part planerar').id, label: 'igen' });
    const before = await app.call('processMap.get', { id: map.id });

    const moves = await arrangeMap(before, elkEngine());
    await scoped.call('mapElement.move', { mapId: map.id, moves });
    const after = await app.call('processMap.get', { id: map.id });
    expect((await scoped.call('history.state', {})).undo).toBe('mapElement.move');

    const lane = new Map(before.elements.map((e) => [e.id, e.laneId]));
    for (const e of after.elements) {
      expect(e.laneId).toBe(lane.get(e.id));
      const height = after.lanes.find((l) => l.id === e.laneId)!.height;
      expect(e.offset).toBe((height - e.height) / 2);
      expect(e.x).toBe(moves.find((m) => m.id === e.id)!.x);
    }
    // The flow runs left to right, the loop back excepted.
    const x = new Map(after.elements.map((e) => [e.id, e]));
    for (const a of after.arrows.filter((a) => a.label !== 'igen')) expect(x.get(a.from)!.x + x.get(a.from)!.width).toBeLessThan(x.get(a.to)!.x);
    expect(byLabel(after, 'Inskrivningsmeddelande').x).toBeLessThan(byLabel(after, 'Skrivs ut').x);

    // A tweak afterwards stays; Ordna only moves things when pressed again, and gives the same layout then.
    const tweaked = byLabel(after, 'Skrivs ut');
    await scoped.call('mapElement.move', { mapId: map.id, moves: [{ id: tweaked.id, x: tweaked.x + 35, y: absoluteY(after.lanes, tweaked.laneId, tweaked.offset) }] });
    expect(byLabel(await app.call('processMap.get', { id: map.id }), 'Skrivs ut').x).toBe(tweaked.x + 35);
    await scoped.call('history.undo', { scope: `map:${map.id}` as never });
    expect(await app.call('processMap.get', { id: map.id })).toEqual(after);
    expect(await arrangeMap(after, elkEngine())).toEqual(moves);

    // One undo takes the whole arrangement back.
    await scoped.call('history.undo', { scope: `map:${map.id}` as never });
    expect(places(await app.call('processMap.get', { id: map.id }))).toEqual(places(before));
  });
});
