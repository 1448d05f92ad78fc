import { describe, expect, it } from 'vitest';
import type { Board, Cluster, Note } from '../../../shared/board/schema';
import { buildModel } from '../model/boardModel';
import { dropTargetAt, marqueeSelection } from './hitTest';

const T = '2027-02-10T09:00:00.000Z';
const W = '00000000-0000-4000-8000-000000000001';
let seq = 500;
const id = () => `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`;
const note = (fields: Partial<Note>): Note =>
  ({ id: id(), workshopId: W, text: 'x', colour: 'yellow', authorId: null, clusterId: null, x: 0, y: 0, rank: 0, createdAt: T, updatedAt: T, ...fields }) as Note;
const cluster = (fields: Partial<Cluster>): Cluster =>
  ({ id: id(), workshopId: W, heading: 'h', description: '', strengths: [], x: 0, y: 0, createdAt: T, updatedAt: T, ...fields }) as Cluster;

const frame = cluster({ x: 1000, y: 0 });
const inside = [0, 1, 2].map((rank) => note({ clusterId: frame.id, rank }));
const free = note({ x: 40, y: 40 });
const model = buildModel({ workshopId: W, colourMode: 'note', participants: [], notes: [...inside, free], clusters: [frame] } as unknown as Board);

describe('dropTargetAt', () => {
  it('finds the frame and the slot under the pointer', () => {
    const second = model.layout.notes.get(inside[1]!.id)!;
    expect(dropTargetAt(model, { x: second.x + 5, y: second.y + 5 }, new Set([free.id]))).toEqual({ clusterId: frame.id, index: 1 });
  });

  it('puts a drop on the heading at the end and misses empty board', () => {
    expect(dropTargetAt(model, { x: 1010, y: 10 }, new Set())).toEqual({ clusterId: frame.id, index: undefined });
    expect(dropTargetAt(model, { x: 500, y: 500 }, new Set())).toBeNull();
  });
});

describe('marqueeSelection', () => {
  it('selects touched notes, and a frame only when it is wholly inside', () => {
    expect(marqueeSelection(model, { x: 0, y: 0 }, { x: 60, y: 60 })).toEqual({ notes: [free.id], clusters: [] });
    const all = marqueeSelection(model, { x: 0, y: 0 }, { x: 3000, y: 3000 });
    expect(all.clusters).toEqual([frame.id]);
    expect(all.notes).toEqual([free.id]);
  });
});
