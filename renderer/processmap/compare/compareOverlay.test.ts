import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../../shared/processmap/compare';
import type { MapView } from '../../../shared/processmap/schema';
import { mapElement } from '../../../test/support/map-element';
import { overlayMarks } from './compareOverlay';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const t = (key: string, options?: Record<string, unknown>) => (options ? `${key} ${JSON.stringify(options)}` : key);
const view = (lanes: [number, string][], elements: [number, number][]) =>
  ({ lanes: lanes.map(([n, name]) => ({ id: id(n), name })), elements: elements.map(([n, lane]) => mapElement({ id: id(n), laneId: id(lane) })) }) as unknown as MapView;

describe('the comparison overlay', () => {
  const views = { current: view([[1, 'Region']], [[10, 1], [11, 1], [12, 1]]), desired: view([[2, 'Region'], [3, 'Kommun']], [[20, 2], [21, 3], [22, 3]]) };
  const comparison = {
    currentId: id(100),
    desiredId: id(101),
    changes: [],
    steps: [
      { status: 'same', currentId: id(10), desiredId: id(20), matchedBy: 'name' },
      { status: 'moved', currentId: id(11), desiredId: id(21), matchedBy: 'link' },
      { status: 'new', currentId: null, desiredId: id(22), matchedBy: null },
      { status: 'removed', currentId: id(12), desiredId: null, matchedBy: null },
    ],
  } as unknown as Comparison;

  it('marks each side with its own steps, a move naming the lanes it goes between', () => {
    expect([...overlayMarks(t, comparison, 'current', views)]).toEqual([
      [id(10), { status: 'same', text: 'processMap.compare.mark.same' }],
      [id(11), { status: 'moved', text: 'processMap.compare.mark.moved.current {"from":"Region","to":"Kommun"}' }],
      [id(12), { status: 'removed', text: 'processMap.compare.mark.removed' }],
    ]);
    expect([...overlayMarks(t, comparison, 'desired', views)].map(([key, mark]) => [key, mark.status])).toEqual([
      [id(20), 'same'],
      [id(21), 'moved'],
      [id(22), 'new'],
    ]);
    expect(overlayMarks(t, comparison, 'desired', views).get(id(21))!.text).toBe('processMap.compare.mark.moved.desired {"from":"Region","to":"Kommun"}');
  });
});
