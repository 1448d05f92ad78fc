import { describe, expect, it } from 'vitest';
import { overlapping, type Placed } from './align';
import { copySelection, pasteInput } from './copies';
import { placeInLane } from './lanes';
import type { MapElement, MapView } from './schema';

const element = (id: string, laneId: string, x: number, label: string, problem = false): MapElement =>
  ({ id, mapId: 'm', kind: 'step', laneId, x, offset: 20, width: 100, height: 60, label, description: '', responsible: 'SSK', problem, clusterId: null, noteIds: [], noteCount: 0, pinnedTo: null, linkId: 'x', activityId: null }) as unknown as MapElement;
const lanes = [
  { id: 'a', mapId: 'm', name: 'Sjukhuset', rank: 1, height: 160, huvudman: null },
  { id: 'b', mapId: 'm', name: 'Kommunen', rank: 2, height: 200, huvudman: null },
];
const view = {
  map: { id: 'm', state: 'nulage' },
  lanes,
  phases: [],
  elements: [element('1', 'a', 0, 'Planering', true), element('2', 'b', 150, 'SIP'), element('3', 'a', 300, 'Hem')],
  arrows: [
    { id: 'p', mapId: 'm', from: '1', to: '2', label: 'kallar' },
    { id: 'q', mapId: 'm', from: '2', to: '3', label: '' },
  ],
} as unknown as MapView;

const landed = (input: ReturnType<typeof pasteInput>, within: MapView): Placed[] =>
  input.elements.map((e, i) => {
    const placed = placeInLane(within.lanes, e.y, e.height!)!;
    return { id: `new${i}`, laneId: placed.lane.id, x: e.x, offset: placed.offset, width: e.width!, height: e.height! };
  });

describe('copy and paste', () => {
  it('copies the chosen elements and only the arrows between two of them', () => {
    const copied = copySelection(view, new Set(['1', '2']))!;
    expect(copied.elements.map((e) => e.label)).toEqual(['Planering', 'SIP']);
    expect(copied.arrows).toEqual([{ from: 0, to: 1, label: 'kallar' }]);
    expect(copySelection(view, new Set())).toBeNull();
  });

  it('pastes into the same lanes, to the right, on no element already there', () => {
    const input = pasteInput(copySelection(view, new Set(['1', '2']))!, view);
    const copies = landed(input, view);
    expect(copies.map((c) => c.laneId)).toEqual(['a', 'b']);
    expect(copies.map((c) => c.offset)).toEqual([20, 20]);
    // One selection width (250 + the gap) to the right would land on "Hem"; twice is clear.
    expect(copies[0]!.x).toBe(2 * 274);
    expect(copies[1]!.x - copies[0]!.x).toBe(150);
    for (const c of copies) for (const e of view.elements) expect(overlapping(c, e)).toBe(false);
    expect(input.elements.map((e) => [e.label, e.responsible, e.problem, e.pinnedTo])).toEqual([
      ['Planering', 'SSK', true, null],
      ['SIP', 'SSK', false, null],
    ]);
    expect(input.arrows).toEqual([{ from: 0, to: 1, label: 'kallar' }]);
  });

  it('pastes into another map by the lanes’ places, without problem marks in an önskat läge', () => {
    const copied = copySelection(view, new Set(['1', '2']))!;
    const other = { ...view, map: { id: 'o', state: 'onskat' }, lanes: [{ ...lanes[0]!, id: 'x', height: 70 }], elements: [] } as unknown as MapView;
    const input = pasteInput(copied, other);
    expect(input.mapId).toBe('o');
    expect(landed(input, other).map((c) => [c.laneId, c.offset])).toEqual([
      ['x', 5],
      ['x', 5],
    ]);
    expect(input.elements.map((e) => e.problem)).toEqual([false, false]);
  });
});
