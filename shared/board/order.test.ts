import { describe, expect, it } from 'vitest';
import { notesInBoardOrder } from './order';

const note = (id: string, clusterId: string | null, rank: number, createdAt = '2027-01-01T10:00:00.000Z') => ({ id, clusterId, rank, createdAt });

describe('notes in board order', () => {
  it('go cluster by cluster as the clusters were made, free notes last, by rank and then by when they were written', () => {
    const notes = [
      note('free-late', null, 0, '2027-01-01T12:00:00.000Z'),
      note('b1', 'B', 0),
      note('a2', 'A', 2),
      note('free-early', null, 0, '2027-01-01T09:00:00.000Z'),
      note('a1', 'A', 1),
      note('orphan', 'gone', 0, '2027-01-01T11:00:00.000Z'),
    ];
    expect(notesInBoardOrder(notes, [{ id: 'A' }, { id: 'B' }]).map((n) => n.id)).toEqual(['a1', 'a2', 'b1', 'free-early', 'orphan', 'free-late']);
  });
});
