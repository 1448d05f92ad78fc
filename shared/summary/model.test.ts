import { describe, expect, it } from 'vitest';
import { buildSummary } from './model';
import { SummarySource } from './schema';

const AT = '2027-03-04T09:00:00.000Z';
const W = '00000000-0000-4000-8000-000000000001';
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [ANNA, OMAR, EVA] = [uuid(11), uuid(12), uuid(13)];
const [SIP, MED, GONE] = [uuid(21), uuid(22), uuid(29)];
const [N1, N2, N3, FREE1, FREE2] = [uuid(31), uuid(32), uuid(33), uuid(34), uuid(35)];
const AREA = uuid(41);

const person = (id: string, name: string, organisation: string, huvudman: 'kommun' | 'region' | 'annan', role: string) => ({
  id,
  workshopId: W,
  name,
  organisation,
  huvudman,
  role,
  createdAt: AT,
  updatedAt: AT,
});
const note = (id: string, text: string, clusterId: string | null, rank: number, createdAt = AT) => ({
  id,
  workshopId: W,
  text,
  colour: 'yellow' as const,
  authorId: ANNA,
  clusterId,
  x: 0,
  y: 0,
  rank,
  // Face down or turned over, every note is in the summary.
  faceDown: false,
  createdAt,
  updatedAt: AT,
});
const cluster = (id: string, heading: string, description: string, strengths: string[]) => ({ id, workshopId: W, heading, description, strengths, x: 0, y: 0, createdAt: AT, updatedAt: AT });

type Results = { itemId: string; votes: number; rank: number; tied: boolean; byHuvudman: Record<string, number> }[] | null;
const split = (kommun: number, region: number, privat: number, annan: number) => ({ kommun, region, privat, annan });

function round(number: number, mode: 'participants' | 'paper', results: Results) {
  return {
    round: {
      id: uuid(50 + number),
      workshopId: W,
      number,
      status: 'closed',
      mode,
      dotsPerParticipant: 3,
      maxPerItem: null,
      votableItemIds: [],
      anonymous: false,
      revealed: results !== null,
      createdAt: AT,
      updatedAt: AT,
    },
    placedBy: {},
    totalDots: 9,
    dotsFromRemoved: 1,
    results,
  };
}

const outcome = (itemId: string, status: 'prioritised' | 'outside_mandate', handedTo = '', comment = '') => ({ itemId, kind: 'cluster' as const, status, handedTo, comment, updatedAt: AT });

function raw() {
  return {
    workshop: { id: W, programmeId: uuid(2), title: 'Workshop i Karlskrona', date: '2027-03-04', type: 'verksamhet', goals: 'Nuläge', createdAt: AT, updatedAt: AT },
    programme: { name: 'LOS Karlskrona', area: 'Karlskrona' },
    participants: [
      person(OMAR, 'Omar Haddad', 'Blekingesjukhuset', 'region', 'Sjuksköterska'),
      person(EVA, 'Eva Sund', '', 'annan', 'Anhörig'),
      person(ANNA, 'Anna Berg', 'Karlskrona kommun', 'kommun', 'Biståndshandläggare'),
    ],
    notes: [
      note(N2, 'Ingen uppdaterar listan', MED, 2),
      note(FREE2, 'Tolk bokas inte', null, 0, '2027-03-04T09:05:00.000Z'),
      note(N1, 'Listan är inaktuell', MED, 1),
      note(FREE1, 'Hjälpmedel saknas', null, 0, '2027-03-04T09:01:00.000Z'),
      note(N3, 'Kallelsen kommer sent', SIP, 0),
    ],
    clusters: [cluster(MED, 'Läkemedelslistan', 'Två listor i två journaler', ['Läkemedelsgenomgång på avdelningen']), cluster(SIP, 'SIP kallas sent', '', [])],
    matrix: {
      workshopId: W,
      labels: null,
      placements: [
        { itemId: MED, kind: 'cluster', x: 0.2, y: 0.8 },
        { itemId: FREE1, kind: 'note', x: 0.9, y: 0.1 },
        { itemId: GONE, kind: 'cluster', x: 0.5, y: 0.5 },
      ],
    },
    rounds: [
      round(1, 'paper', [{ itemId: SIP, votes: 9, rank: 1, tied: false, byHuvudman: split(0, 0, 0, 0) }]),
      round(2, 'participants', [
        { itemId: MED, votes: 5, rank: 1, tied: false, byHuvudman: split(2, 3, 0, 0) },
        { itemId: SIP, votes: 3, rank: 2, tied: false, byHuvudman: split(1, 1, 0, 1) },
        { itemId: GONE, votes: 1, rank: 3, tied: false, byHuvudman: split(0, 1, 0, 0) },
      ]),
      // Started after the reveal: not yet shown, so not the summary's round.
      round(3, 'participants', null),
    ],
    outcomes: [outcome(MED, 'prioritised'), outcome(SIP, 'outside_mandate', 'Styrgruppen', 'Tas upp i maj'), outcome(GONE, 'outside_mandate', 'Regionen', '')],
    areas: [
      {
        id: AREA,
        programmeId: uuid(2),
        workshopId: W,
        workshopTitle: 'Workshop i Karlskrona',
        itemId: MED,
        title: 'Läkemedelslistan',
        description: 'En lista',
        level: 'lokal',
        createdAt: AT,
        updatedAt: AT,
      },
    ],
    planLinks: [
      { improvementAreaId: AREA, improvementAreaTitle: 'Läkemedelslistan', planId: uuid(61), planTitle: 'Plan 2027', areaId: uuid(62), areaTitle: 'Läkemedel', activities: [] },
      { improvementAreaId: uuid(49), improvementAreaTitle: 'Annat', planId: uuid(61), planTitle: 'Plan 2027', areaId: uuid(63), areaTitle: 'Annat', activities: [] },
    ],
    today: '2027-05-01',
  };
}

/** The fixture, with some parts replaced, read through the schema as the API would. */
const source = (overrides: Partial<ReturnType<typeof raw>> = {}): SummarySource => SummarySource.parse({ ...raw(), ...overrides });

const withNames = { names: true, language: 'sv' } as const;

describe('the workshop summary', () => {
  it('puts the decisions first: prioritised areas with their votes and plans, hand-overs, and the newest revealed round split by huvudman', () => {
    const { decisions } = buildSummary(source(), withNames);
    expect(decisions.prioritised).toEqual([
      { area: source().areas[0], votes: 5, plans: [expect.objectContaining({ areaTitle: 'Läkemedel' })] },
    ]);
    expect(decisions.handedOver).toEqual([
      { itemId: SIP, title: 'SIP kallas sent', handedTo: 'Styrgruppen', comment: 'Tas upp i maj', votes: 3 },
      { itemId: GONE, title: null, handedTo: 'Regionen', comment: '', votes: 1 },
    ]);
    expect(decisions.vote).toMatchObject({ roundNumber: 2, split: true, totalDots: 9, dotsFromRemoved: 1, total: 9, byHuvudman: { kommun: 3, region: 5, privat: 0, annan: 1 }, paper: 0 });
    expect(decisions.vote?.rows.map((r) => [r.title, r.votes, r.byHuvudman, r.quadrant, r.outcome?.status])).toEqual([
      ['Läkemedelslistan', 5, { kommun: 2, region: 3, privat: 0, annan: 0 }, 'complex-short', 'prioritised'],
      ['SIP kallas sent', 3, { kommun: 1, region: 1, privat: 0, annan: 1 }, null, 'outside_mandate'],
      [null, 1, { kommun: 0, region: 1, privat: 0, annan: 0 }, null, 'outside_mandate'],
    ]);
  });

  it('says a paper round has totals only, and holds no vote before any round is revealed', () => {
    const paper = buildSummary(source({ rounds: raw().rounds.slice(0, 1) }), withNames).decisions.vote;
    expect(paper).toMatchObject({ roundNumber: 1, split: false, paper: 9 });
    const none = buildSummary(source({ rounds: [] }), withNames);
    expect(none.decisions.vote).toBeNull();
    expect(none.decisions.prioritised[0]?.votes).toBeNull();
    expect(none.detail.clusters.map((c) => c.votes)).toEqual([null, null]);
  });

  it('lists every note once, clusters with their description and strengths first, then the notes that joined none', () => {
    const summary = buildSummary(source(), withNames);
    const { clusters, freeNotes } = summary.detail;
    expect(clusters).toEqual([
      {
        id: MED,
        heading: 'Läkemedelslistan',
        description: 'Två listor i två journaler',
        strengths: ['Läkemedelsgenomgång på avdelningen'],
        notes: [
          { id: N1, text: 'Listan är inaktuell' },
          { id: N2, text: 'Ingen uppdaterar listan' },
        ],
        quadrant: 'complex-short',
        votes: 5,
      },
      { id: SIP, heading: 'SIP kallas sent', description: '', strengths: [], notes: [{ id: N3, text: 'Kallelsen kommer sent' }], quadrant: null, votes: 3 },
    ]);
    expect(freeNotes).toEqual([
      { id: FREE1, text: 'Hjälpmedel saknas', quadrant: 'simple-long', votes: null },
      { id: FREE2, text: 'Tolk bokas inte', quadrant: null, votes: null },
    ]);
    const listed = clusters.reduce((sum, c) => sum + c.notes.length, 0) + freeNotes.length;
    expect(listed).toBe(summary.counts.notes);
    expect(summary.counts).toEqual({ participants: 3, notes: 5, clusters: 2 });
  });

  it('keeps a note whose cluster is gone among the free notes rather than losing it', () => {
    const orphan = note(uuid(36), 'Kvar utan kluster', uuid(28), 0);
    const { detail, counts } = buildSummary(source({ notes: [...raw().notes, orphan] }), withNames);
    expect(detail.freeNotes.map((n) => n.text)).toContain('Kvar utan kluster');
    expect(detail.clusters.reduce((sum, c) => sum + c.notes.length, 0) + detail.freeNotes.length).toBe(counts.notes);
  });

  it('puts only existing items on the matrix, free notes among them', () => {
    const { matrix } = buildSummary(source(), withNames).detail;
    expect(matrix.placements.map((p) => p.itemId)).toEqual([MED, FREE1]);
    expect(matrix.items.map((i) => [i.title, i.kind, i.noteCount])).toEqual([
      ['Läkemedelslistan', 'cluster', 2],
      ['SIP kallas sent', 'cluster', 1],
      ['Hjälpmedel saknas', 'note', 1],
      ['Tolk bokas inte', 'note', 1],
    ]);
  });

  it('lists participants organisation by organisation, those without one last', () => {
    const { organisations, names } = buildSummary(source(), withNames).detail;
    expect(names).toBe(true);
    expect(organisations.map((o) => [o.name, o.count, o.people?.map((p) => p.name)])).toEqual([
      ['Blekingesjukhuset', 1, ['Omar Haddad']],
      ['Karlskrona kommun', 1, ['Anna Berg']],
      ['', 1, ['Eva Sund']],
    ]);
    expect(organisations[1]?.people?.[0]).toEqual({ id: ANNA, name: 'Anna Berg', role: 'Biståndshandläggare', huvudman: 'kommun' });
  });

  it('leaves every name and role out when asked, keeping organisations, their huvudman and head counts', () => {
    const two = [...raw().participants, person(uuid(14), 'Karin Holm', 'Karlskrona kommun', 'kommun', 'Sjuksköterska')];
    const summary = buildSummary(source({ participants: two }), { names: false, language: 'sv' });
    expect(summary.detail.names).toBe(false);
    expect(summary.detail.organisations).toEqual([
      { name: 'Blekingesjukhuset', count: 1, huvudman: [{ huvudman: 'region', count: 1 }], people: null },
      { name: 'Karlskrona kommun', count: 2, huvudman: [{ huvudman: 'kommun', count: 2 }], people: null },
      { name: '', count: 1, huvudman: [{ huvudman: 'annan', count: 1 }], people: null },
    ]);
    const text = JSON.stringify(summary);
    for (const p of two) {
      expect(text).not.toContain(p.name);
      expect(text).not.toContain(p.role);
      expect(text).not.toContain(p.id);
    }
  });

  it('heads every page with programme, kommun and the workshop date, or the day of printing without one', () => {
    expect(buildSummary(source(), withNames).header).toMatchObject({ programme: 'LOS Karlskrona', kommun: 'Karlskrona', date: '2027-03-04', pageDate: '2027-03-04' });
    const undated = source();
    const header = buildSummary({ ...undated, workshop: { ...undated.workshop, date: null } }, withNames).header;
    expect(header).toMatchObject({ date: null, pageDate: '2027-05-01' });
  });
});
