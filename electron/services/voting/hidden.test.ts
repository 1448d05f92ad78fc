import { describe, expect, it } from 'vitest';
import { addNotes, exampleWorkshop } from '../../../test/support/board';
import { openTestApp, type TestApp } from '../../../test/support/core';

/** Every place (path) in an answer where one of `ids` shows up, as a key or as a value. */
function placesOf(value: unknown, ids: ReadonlySet<string>, path = '$'): string[] {
  if (typeof value === 'string') return ids.has(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => placesOf(v, ids, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => [...(ids.has(key) ? [`${path}.${key}`] : []), ...placesOf(v, ids, `${path}.${key}`)]);
}

async function roomWithRound(app: TestApp, settings: { anonymous?: boolean } = {}) {
  const workshop = await exampleWorkshop(app);
  const clusters = [];
  for (const heading of ['Läkemedel', 'SIP', 'Hemgång']) {
    const [note] = await addNotes(app, workshop.id, [`${heading}: en utmaning`]);
    clusters.push((await app.call('cluster.create', { workshopId: workshop.id, heading, noteIds: [note!.id] })).id);
  }
  const people = [];
  for (const [name, huvudman] of [['Anna', 'kommun'], ['Bo', 'region'], ['Cia', 'privat']] as const) {
    people.push((await app.call('participant.create', { workshopId: workshop.id, name, organisation: '', huvudman, role: '' })).id);
  }
  const round = (await app.call('voting.start', { workshopId: workshop.id, settings: { dotsPerParticipant: 3, ...settings } })).round;
  return { workshop, clusters, people, round };
}

describe('hidden counts', () => {
  it('while hidden, no voting answer tells where anyone but the one voting put their dots; after the reveal the results are there', async () => {
    const app = await openTestApp();
    const { workshop, clusters, people, round } = await roomWithRound(app);
    const [med, sip, home] = clusters.map(String) as [string, string, string];
    const [anna, bo, cia] = people.map(String) as [string, string, string];
    const items = new Set(clusters);
    /** Item ids may appear only in the round's own list and in the voter's own dots. */
    const itemPlaces = (answer: unknown) => placesOf(answer, items).filter((p) => !p.startsWith('$.round.votableItemIds['));

    const votes: (readonly [string, string])[] = [
      [anna, med],
      [anna, med],
      [anna, sip],
      [bo, home],
      [bo, med],
      [cia, sip],
    ];
    for (const [person, itemId] of votes) {
      const answer = await app.call('voting.cast', { roundId: round.id, participantId: person, itemId });
      expect(answer.participantId).toBe(person);
      expect(itemPlaces(answer).every((p) => p.startsWith('$.mine.'))).toBe(true);
      expect(answer.results).toBeNull();
    }
    const retracted = await app.call('voting.retract', { roundId: round.id, participantId: bo, itemId: home });
    expect(retracted).toMatchObject({ participantId: bo, mine: { [med]: 1 }, placedBy: { [anna]: 3, [bo]: 1, [cia]: 1 }, totalDots: 5, results: null });
    expect(itemPlaces(retracted)).toEqual([`$.mine.${med}`]);

    const [hidden] = await app.call('voting.rounds', { workshopId: workshop.id });
    expect(hidden).toMatchObject({ placedBy: { [anna]: 3, [bo]: 1, [cia]: 1 }, totalDots: 5, results: null });
    expect(itemPlaces(hidden)).toEqual([]);
    expect((await app.call('workshop.summary', { workshopId: workshop.id })).rounds.flatMap(itemPlaces)).toEqual([]);
    // The shared screen asks for the voter it shows, one at a time.
    expect((await app.call('voting.dotsOf', { roundId: round.id, participantId: anna })).mine).toEqual({ [med]: 2, [sip]: 1 });

    const closed = await app.call('voting.setStatus', { roundId: round.id, status: 'closed' });
    expect(itemPlaces(closed)).toEqual([]);
    expect((await app.fail('voting.dotsOf', { roundId: round.id, participantId: anna })).code).toBe('round_closed');

    const revealed = await app.call('voting.reveal', { roundId: round.id, revealed: true });
    expect(revealed.results!.map((r) => [r.itemId, r.votes])).toEqual([
      [med, 3],
      [sip, 2],
      [home, 0],
    ]);
    expect(revealed.results![0]!.byHuvudman).toEqual({ kommun: 2, region: 1 });
    // A round on record that is not anonymous may tell who voted how.
    expect((await app.call('voting.dotsOf', { roundId: round.id, participantId: bo })).mine).toEqual({ [med]: 1 });
  });

  it('an anonymous round tells each voter’s dots only while it is open, revealed or not', async () => {
    const app = await openTestApp();
    const { clusters, people, round } = await roomWithRound(app, { anonymous: true });
    await app.call('voting.cast', { roundId: round.id, participantId: people[0]!, itemId: clusters[0]! });
    expect((await app.call('voting.dotsOf', { roundId: round.id, participantId: people[0]! })).mine).toEqual({ [clusters[0]!]: 1 });
    await app.call('voting.setStatus', { roundId: round.id, status: 'closed' });
    await app.call('voting.reveal', { roundId: round.id, revealed: true });
    expect((await app.fail('voting.dotsOf', { roundId: round.id, participantId: people[0]! })).code).toBe('round_closed');
  });

  it('asks for dots only of a participant of the round’s workshop', async () => {
    const app = await openTestApp();
    const { workshop, round } = await roomWithRound(app);
    const other = await app.call('workshop.create', { programmeId: workshop.programmeId, title: 'Annan', date: null, type: 'verksamhet', goals: '' });
    const stranger = await app.call('participant.create', { workshopId: other.id, name: 'Dan', organisation: '', huvudman: 'kommun', role: '' });
    expect((await app.fail('voting.dotsOf', { roundId: round.id, participantId: stranger.id })).code).toBe('validation_failed');
  });
});
