import { describe, expect, it } from 'vitest';
import type { Board } from '../../shared/board/schema';
import { projectorItems } from './projectorItems';

const at = '2027-03-04T09:00:00.000Z';
const ids = { up: '00000000-0000-4000-8000-000000000001', down: '00000000-0000-4000-8000-000000000002', inside: '00000000-0000-4000-8000-000000000003', cluster: '00000000-0000-4000-8000-000000000004' };
const note = (id: string, text: string, faceDown: boolean, clusterId: string | null = null) => ({ id, workshopId: ids.cluster, text, colour: 'yellow', authorId: null, clusterId, x: 0, y: 0, rank: 0, faceDown, createdAt: at, updatedAt: at });

describe('projectorItems', () => {
  it('names a face-down free note only as hidden, and leaves the rest as they are', () => {
    const board = {
      workshopId: ids.cluster,
      colourMode: 'note',
      participants: [],
      clusters: [{ id: ids.cluster, workshopId: ids.cluster, heading: 'Läkemedel', description: '', strengths: [], x: 0, y: 0, createdAt: at, updatedAt: at }],
      notes: [note(ids.up, 'Synlig', false), note(ids.down, 'Hemlig', true), note(ids.inside, 'I klustret', true, ids.cluster)],
    } as unknown as Board;
    const items = projectorItems(board, 'dold lapp');
    expect([...items.values()].map((item) => [item.kind, item.title])).toEqual([
      ['cluster', 'Läkemedel'],
      ['note', 'Synlig'],
      ['note', 'dold lapp'],
    ]);
  });
});
