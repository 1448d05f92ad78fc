import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quadrantCentre, quadrantOf, quadrants } from '../matrix/quadrant';
import {
  defaultPrioritised,
  dotsLeft,
  mayShowDotsOf,
  rank,
  refuseDot,
  refuseRetraction,
  roundRules,
  splitBy,
  tally,
  votableInRound,
  votableNow,
  type Dot,
  type ItemsNow,
  type RoundRules,
} from './rules';

const items = ['a', 'b', 'c', 'd'];
const open = (over: Partial<RoundRules> = {}): RoundRules => ({
  status: 'open',
  dotsPerParticipant: 3,
  maxPerItem: null,
  listedItemIds: new Set(items),
  votableItemIds: new Set(items),
  ...over,
});

describe('dot voting rules', () => {
  it('refuse a dot beyond the budget, beyond the cap, on a closed round or a non-votable item', () => {
    const dots: Dot[] = [
      { participantId: 'p', itemId: 'a' },
      { participantId: 'p', itemId: 'a' },
    ];
    expect(refuseDot(open(), dots, { participantId: 'p', itemId: 'b' })).toBeNull();
    expect(refuseDot(open({ dotsPerParticipant: 2 }), dots, { participantId: 'p', itemId: 'b' })).toBe('vote_budget_exceeded');
    expect(refuseDot(open({ maxPerItem: 2 }), dots, { participantId: 'p', itemId: 'a' })).toBe('vote_cap_exceeded');
    expect(refuseDot(open({ status: 'closed' }), dots, { participantId: 'q', itemId: 'a' })).toBe('round_closed');
    expect(refuseDot(open(), dots, { participantId: 'q', itemId: 'zz' })).toBe('not_votable');
    expect(refuseRetraction(open(), dots, { participantId: 'q', itemId: 'a' })).toBe('no_dot_to_retract');
    expect(dotsLeft(open(), dots, 'p')).toBe(1);
  });

  it('whatever the sequence of votes and retractions, no one exceeds budget or cap and the tally is the sum of dots', () => {
    const action = fc.record({ retract: fc.boolean(), participantId: fc.constantFrom('p1', 'p2', 'p3'), itemId: fc.constantFrom(...items, 'x') });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
        fc.array(action, { maxLength: 80 }),
        (budget, cap, actions) => {
          const rules = open({ dotsPerParticipant: budget, maxPerItem: cap });
          let dots: Dot[] = [];
          for (const { retract, ...dot } of actions) {
            if (retract) {
              if (refuseRetraction(rules, dots, dot) === null) {
                const index = dots.findIndex((d) => d.participantId === dot.participantId && d.itemId === dot.itemId);
                dots = dots.filter((_, i) => i !== index);
              }
            } else if (refuseDot(rules, dots, dot) === null) dots = [...dots, dot];
          }
          for (const participantId of ['p1', 'p2', 'p3']) {
            const own = dots.filter((d) => d.participantId === participantId);
            expect(own.length).toBeLessThanOrEqual(budget);
            for (const item of items) expect(own.filter((d) => d.itemId === item).length).toBeLessThanOrEqual(cap ?? budget);
          }
          expect(dots.every((d) => items.includes(d.itemId))).toBe(true);
          expect([...tally(dots).values()].reduce((a, b) => a + b, 0)).toBe(dots.length);
        },
      ),
    );
  });

  it('rank with ties as ties, and pick the top three ranks by default', () => {
    const ranked = rank(items, new Map([['a', 5], ['b', 7], ['c', 5], ['d', 1]]));
    expect(ranked.map((r) => [r.itemId, r.votes, r.rank, r.tied])).toEqual([
      ['b', 7, 1, false],
      ['a', 5, 2, true],
      ['c', 5, 2, true],
      ['d', 1, 4, false],
    ]);
    expect(defaultPrioritised(ranked)).toEqual(['b', 'a', 'c']);
    expect(defaultPrioritised(rank(items, new Map()))).toEqual([]);
  });

  it('add paper counts to dots and split dots by huvudman', () => {
    const dots: Dot[] = [
      { participantId: 'kommun-1', itemId: 'a' },
      { participantId: 'region-1', itemId: 'a' },
      { participantId: 'kommun-2', itemId: 'a' },
    ];
    expect(tally(dots, new Map([['b', 4]]))).toEqual(new Map([['b', 4], ['a', 3]]));
    expect(splitBy(dots, (id) => id.split('-')[0]!).get('a')).toEqual(new Map([['kommun', 2], ['region', 1]]));
  });
});

describe('who placed which dot', () => {
  it('is told while the round is open, and after it only for a revealed round that is not anonymous', () => {
    const cases = [
      [{ status: 'open', revealed: false, anonymous: false }, true],
      [{ status: 'open', revealed: false, anonymous: true }, true],
      [{ status: 'closed', revealed: false, anonymous: false }, false],
      [{ status: 'closed', revealed: true, anonymous: false }, true],
      [{ status: 'closed', revealed: true, anonymous: true }, false],
    ] as const;
    for (const [round, shown] of cases) expect(mayShowDotsOf(round), JSON.stringify(round)).toBe(shown);
  });
});

describe('what a round may still vote on', () => {
  const board: ItemsNow = {
    clusters: [{ id: 'c1' }, { id: 'c2' }],
    notes: [
      { id: 'in-c1', clusterId: 'c1' },
      { id: 'free-placed', clusterId: null },
      { id: 'free-unplaced', clusterId: null },
    ],
    placements: [{ itemId: 'c1' }, { itemId: 'free-placed' }, { itemId: 'in-c1' }],
  };

  it('keep clusters and placed free notes, in the round order, and drop what is gone, clustered or off the matrix', () => {
    expect([...votableNow(board)].sort()).toEqual(['c1', 'c2', 'free-placed']);
    expect(votableInRound(['free-placed', 'gone', 'c2', 'in-c1', 'free-unplaced', 'c2'], board)).toEqual(['free-placed', 'c2']);
  });

  it('refuse a dot on a listed item that is gone as item_gone, and one on an unlisted item as not_votable', () => {
    const rules = roundRules({ status: 'open', dotsPerParticipant: 3, maxPerItem: null, votableItemIds: ['c1', 'dissolved'] }, board);
    expect(refuseDot(rules, [], { participantId: 'p', itemId: 'c1' })).toBeNull();
    expect(refuseDot(rules, [], { participantId: 'p', itemId: 'dissolved' })).toBe('item_gone');
    expect(refuseDot(rules, [], { participantId: 'p', itemId: 'c2' })).toBe('not_votable');
    expect(refuseDot({ ...rules, status: 'closed' }, [], { participantId: 'p', itemId: 'dissolved' })).toBe('round_closed');
  });

  it('whatever the board, only listed items that exist now take dots, and every one of them does', () => {
    const id = fc.constantFrom('i1', 'i2', 'i3', 'i4', 'i5', 'i6');
    const boardArb = fc.record({
      clusters: fc.uniqueArray(id, { maxLength: 6 }).map((ids) => ids.map((x) => ({ id: x }))),
      notes: fc.array(fc.record({ id, clusterId: fc.option(id, { nil: null }) }), { maxLength: 6 }),
      placements: fc.array(id.map((itemId) => ({ itemId })), { maxLength: 6 }),
    });
    fc.assert(
      fc.property(boardArb, fc.array(id, { maxLength: 8 }), id, (now, listed, itemId) => {
        const votable = votableInRound(listed, now);
        const rules = roundRules({ status: 'open', dotsPerParticipant: 12, maxPerItem: null, votableItemIds: listed }, now);
        expect(new Set(votable).size).toBe(votable.length);
        for (const v of votable) {
          expect(listed).toContain(v);
          const isCluster = now.clusters.some((c) => c.id === v);
          const isPlacedFreeNote = now.notes.some((n) => n.id === v && n.clusterId === null) && now.placements.some((p) => p.itemId === v);
          expect(isCluster || isPlacedFreeNote).toBe(true);
        }
        const refusal = refuseDot(rules, [], { participantId: 'p', itemId });
        expect(refusal === null).toBe(votable.includes(itemId));
        if (refusal !== null) expect(refusal).toBe(listed.includes(itemId) ? 'item_gone' : 'not_votable');
        // The ranking covers exactly the votable items, so nothing gone can rank.
        expect(rank(votable, tally([{ participantId: 'p', itemId }])).map((r) => r.itemId).sort()).toEqual([...votable].sort());
      }),
    );
  });
});

describe('four-field matrix', () => {
  it('derive the quadrant from continuous coordinates, midline included', () => {
    expect(quadrantOf({ x: 0.1, y: 0.2 })).toBe('simple-short');
    expect(quadrantOf({ x: 0.5, y: 0.49 })).toBe('simple-long');
    expect(quadrantOf({ x: -3, y: 9 })).toBe('complex-short');
    for (const q of quadrants) expect(quadrantOf(quadrantCentre(q))).toBe(q);
  });
});
