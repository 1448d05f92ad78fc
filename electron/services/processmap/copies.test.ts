import { describe, expect, it } from 'vitest';
import { absoluteY } from '../../../shared/processmap/lanes';
import type { MapView } from '../../../shared/processmap/schema';
import { openTestApp } from '../../../test/support/core';
import { newMap } from '../../../test/support/processmap';

const byLabel = (view: MapView, start: string) => view.elements.find((e) => e.label.startsWith(start))!;
const pathOf = (error: { details?: unknown }) => (error.details as { path: (string | number)[] }[])[0]!.path;

describe('mapElement.createMany', () => {
  it('creates copies and the arrows between them as one undo step, or nothing when one of them is refused', async () => {
    const app = await openTestApp();
    const { map, view } = await newMap(app);
    const scoped = app.in(`map:${map.id}`);
    const first = byLabel(view, 'Inskrivningsmeddelande');
    const y = absoluteY(view.lanes, first.laneId, first.offset);
    const copy = { kind: 'step' as const, x: 5000, y, label: 'Kopia A', problem: true };

    const made = await scoped.call('mapElement.createMany', {
      mapId: map.id,
      elements: [copy, { ...copy, x: 5300, label: 'Kopia B' }],
      arrows: [{ from: 0, to: 1, label: 'sedan' }],
    });
    expect(made.elements.map((e) => [e.label, e.laneId, e.x, e.problem])).toEqual([
      ['Kopia A', first.laneId, 5000, true],
      ['Kopia B', first.laneId, 5300, true],
    ]);
    expect(made.arrows.map((a) => [a.from, a.to, a.label])).toEqual([[made.elements[0]!.id, made.elements[1]!.id, 'sedan']]);
    const after = await app.call('processMap.get', { id: map.id });
    expect(after.elements).toHaveLength(view.elements.length + 2);
    expect(after.arrows).toHaveLength(view.arrows.length + 1);
    expect((await scoped.call('history.state', {})).undo).toBe('mapElement.createMany');

    await scoped.call('history.undo', { scope: `map:${map.id}` as never });
    expect(await app.call('processMap.get', { id: map.id })).toEqual(view);

    // The second copy lands outside every lane: its field is named and the first is not kept either.
    const outside = await app.fail('mapElement.createMany', { mapId: map.id, elements: [copy, { ...copy, y: -500 }] });
    expect([outside.code, pathOf(outside)]).toEqual(['validation_failed', ['elements', 1, 'y']]);
    const dangling = await app.fail('mapElement.createMany', { mapId: map.id, elements: [copy], arrows: [{ from: 0, to: 1 }] });
    expect([dangling.code, pathOf(dangling)]).toEqual(['validation_failed', ['arrows', 0, 'to']]);
    expect(await app.call('processMap.get', { id: map.id })).toEqual(view);
  });
});
