import { describe, expect, it } from 'vitest';
import type { Board, Cluster, Note } from '../../../shared/board/schema';
import type { Participant } from '../../../shared/participant/schema';
import { buildModel } from './boardModel';
import { ANONYMOUS, ANY, matchingNotes, NO_FILTER } from './noteFilter';

const T = '2027-02-10T09:00:00.000Z';
const W = '00000000-0000-4000-8000-000000000001';
let seq = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`;

function note(fields: Partial<Note>): Note {
  return { id: uuid(), workshopId: W, text: 'x', colour: 'yellow', authorId: null, clusterId: null, x: 0, y: 0, rank: 0, createdAt: T, updatedAt: T, ...fields } as Note;
}

function cluster(fields: Partial<Cluster>): Cluster {
  return { id: uuid(), workshopId: W, heading: 'h', description: '', strengths: [], x: 0, y: 0, createdAt: T, updatedAt: T, ...fields } as Cluster;
}

const anna = { id: uuid(), workshopId: W, name: 'Anna', organisation: 'Vårdcentralen', huvudman: 'region', role: 'Sjuksköterska', createdAt: T, updatedAt: T } as Participant;

function board(notes: Note[], clusters: Cluster[] = []): Board {
  return { workshopId: W, colourMode: 'note', participants: [anna], notes, clusters } as Board;
}

describe('buildModel', () => {
  it('orders cluster members by rank and items top to bottom, left to right', () => {
    const c = cluster({ x: 500, y: 0 });
    const a = note({ clusterId: c.id, rank: 1, text: 'second' });
    const b = note({ clusterId: c.id, rank: 0, text: 'first' });
    const free = note({ x: 40, y: 300 });
    const top = note({ x: 40, y: 0 });
    const model = buildModel(board([a, b, free, top], [c]));
    expect(model.members.get(c.id)?.map((n) => n.text)).toEqual(['first', 'second']);
    expect(model.items.map((i) => i.id)).toEqual([top.id, c.id, free.id]);
    expect(model.freeNotes).toHaveLength(2);
  });

  it('keeps unchanged notes and member lists identical across answers', () => {
    const c = cluster({});
    const inside = note({ clusterId: c.id });
    const free = note({});
    const first = buildModel(board([inside, free], [c]));
    const moved = { ...free, x: 99, updatedAt: '2027-02-10T09:01:00.000Z' };
    const second = buildModel(board([{ ...inside }, moved], [{ ...c }]), first);
    expect(second.noteById.get(inside.id)).toBe(first.noteById.get(inside.id));
    expect(second.clusterById.get(c.id)).toBe(first.clusterById.get(c.id));
    expect(second.members.get(c.id)).toBe(first.members.get(c.id));
    expect(second.noteById.get(free.id)).not.toBe(first.noteById.get(free.id));
    expect(second.participantById).toBe(first.participantById);
  });
});

describe('matchingNotes', () => {
  const a = note({ text: 'Läkemedelslistan stämmer inte', authorId: anna.id as Note['authorId'], colour: 'pink' });
  const b = note({ text: 'SIP görs för sent' });
  const model = buildModel(board([a, b]));

  it('lets everything pass without a filter', () => {
    expect(matchingNotes(model, NO_FILTER)).toBeNull();
  });

  it('filters by text with Swedish case folding, by author, huvudman and colour', () => {
    expect([...(matchingNotes(model, { ...NO_FILTER, text: 'LÄKEMEDEL' }) ?? [])]).toEqual([a.id]);
    expect([...(matchingNotes(model, { ...NO_FILTER, author: ANONYMOUS }) ?? [])]).toEqual([b.id]);
    expect([...(matchingNotes(model, { ...NO_FILTER, huvudman: 'region' }) ?? [])]).toEqual([a.id]);
    expect([...(matchingNotes(model, { ...NO_FILTER, colour: 'yellow', author: ANY }) ?? [])]).toEqual([b.id]);
  });
});
