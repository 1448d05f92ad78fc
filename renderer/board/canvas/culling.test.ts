import { describe, expect, it } from 'vitest';
import type { Board, Cluster, Note } from '../../../shared/board/schema';
import { buildModel } from '../model/boardModel';
import { drawnArea, focusOrder, itemsToDraw, keptItems, stillServes } from './culling';

const T = '2027-02-10T09:00:00.000Z';
const W = '00000000-0000-4000-8000-000000000001';
let seq = 700;
const id = () => `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`;
const note = (fields: Partial<Note>): Note =>
  ({ id: id(), workshopId: W, text: 'x', colour: 'yellow', authorId: null, clusterId: null, x: 0, y: 0, rank: 0, createdAt: T, updatedAt: T, ...fields }) as Note;
const cluster = (fields: Partial<Cluster>): Cluster =>
  ({ id: id(), workshopId: W, heading: 'h', description: '', strengths: [], x: 0, y: 0, createdAt: T, updatedAt: T, ...fields }) as Cluster;

// A row of free notes 1,000 px apart, and a frame far to the right holding two notes.
const row = Array.from({ length: 10 }, (_, i) => note({ x: i * 1000, y: 0 }));
const frame = cluster({ x: 20_000, y: 0 });
const members = [0, 1].map((rank) => note({ clusterId: frame.id, rank }));
const model = buildModel({ workshopId: W, colourMode: 'note', participants: [], notes: [...row, ...members], clusters: [frame] } as unknown as Board);
const view = { x: 2000, y: 0, width: 1000, height: 600 };
const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('drawn area', () => {
  it('reaches half a view beyond the visible board on every side', () => {
    expect(drawnArea(view)).toEqual({ x: 1500, y: -300, width: 2000, height: 1200 });
  });

  it('serves while the view stays inside it, and not after zooming far in', () => {
    const area = drawnArea(view);
    expect(stillServes(area, { ...view, x: 2400 })).toBe(true);
    expect(stillServes(area, { ...view, x: 2600 })).toBe(false);
    expect(stillServes(area, { x: 2400, y: 200, width: 100, height: 60 })).toBe(false);
  });
});

describe('itemsToDraw', () => {
  it('draws what touches the area, the kept items, and the first and last in reading order, in reading order', () => {
    const kept = keptItems(model, [{ kind: 'note', id: row[6]!.id }]);
    expect(ids(itemsToDraw(model, drawnArea(view), kept, 0))).toEqual([row[0]!.id, row[2]!.id, row[3]!.id, row[6]!.id, frame.id]);
  });

  it('keeps the frame of a kept member, and only kept items before the area is known', () => {
    const kept = keptItems(model, [{ kind: 'note', id: members[1]!.id }, { kind: 'note', id: row[4]!.id }]);
    expect(ids(itemsToDraw(model, null, kept, 0))).toEqual([row[0]!.id, row[4]!.id, frame.id]);
  });

  it('draws a small board whole', () => {
    expect(itemsToDraw(model, drawnArea(view), new Set())).toBe(model.items);
  });
});

describe('focusOrder', () => {
  it('lists each frame heading before its notes, in reading order', () => {
    expect(focusOrder(model).slice(-4)).toEqual([
      { kind: 'note', id: row[9]!.id },
      { kind: 'cluster', id: frame.id },
      { kind: 'note', id: members[0]!.id },
      { kind: 'note', id: members[1]!.id },
    ]);
  });
});
