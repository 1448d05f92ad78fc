import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inside, tooClose, type Rect } from '../common/geometry';
import { MEASURED_CARD, MEASURED_SCENE } from '../../test/support/matrix-scene';
import { arrangeCards, CARD_GAP, dropAt, fieldArea, placeInField, pointOf, stepCard, topLeftOf, type SceneCard } from './arrange';
import { quadrantOf, quadrants, type Quadrant } from './quadrant';

const scene = MEASURED_SCENE;
const CARD = MEASURED_CARD;

/** Every rule of the picture: in its field, clear of the field's name, clear of every other card. */
function expectClear(cards: readonly { id: string; quadrant: Quadrant; rect: Rect }[]) {
  for (const card of cards) {
    expect(inside(card.rect, fieldArea(scene, card.quadrant)), `${card.id} inside its field`).toBe(true);
    expect(tooClose(card.rect, scene.fields[card.quadrant].label, CARD_GAP), `${card.id} over the field name`).toBe(false);
  }
  cards.forEach((a, i) => cards.slice(i + 1).forEach((b) => expect(tooClose(a.rect, b.rect, CARD_GAP), `${a.id} and ${b.id}`).toBe(false)));
}

/** Places cards one after another with keys 1–4, as the room does. */
function placeByKeys(keys: readonly Quadrant[], size = CARD): SceneCard[] {
  const cards: SceneCard[] = [];
  keys.forEach((quadrant, i) => cards.push({ id: `c${i}`, size, point: placeInField(scene, cards, { id: `c${i}`, size }, quadrant) }));
  return cards;
}

describe('arranging cards on the matrix', () => {
  it('puts the first card in the middle of its field and the next ones beside it, none on another', () => {
    const cards = placeByKeys(['simple-short', 'simple-short']);
    const [first, second] = arrangeCards(scene, cards);
    expect(first!.rect.x + first!.rect.width / 2).toBeCloseTo(210, 0);
    expect(first!.rect.y + first!.rect.height / 2).toBeCloseTo(158.5, 0);
    expect(second!.scale).toBe(1);
    expectClear(arrangeCards(scene, cards));
  });

  it('lines up and shrinks the cards of a crowded field rather than letting one cover another, no smaller than needed', () => {
    const cards = placeByKeys(Array.from({ length: 8 }, () => 'complex-long' as const), { width: 225, height: 80 });
    const arranged = arrangeCards(scene, cards);
    expect(arranged.every((card) => card.quadrant === 'complex-long')).toBe(true);
    // Two columns of four fit below the field name at 0.7 (158 × 56 px each).
    expect(arranged[0]!.scale).toBe(0.7);
    expectClear(arranged);
  });

  it('draws a card stored on top of another beside it, and keeps the one placed first where it was', () => {
    const cards: SceneCard[] = [
      { id: 'a', point: { x: 0.25, y: 0.25 }, size: { width: 160, height: 70 } },
      { id: 'b', point: { x: 0.25, y: 0.25 }, size: { width: 160, height: 110 } },
    ];
    const [a, b] = arrangeCards(scene, cards);
    expect(a!.scale).toBe(1);
    expect(a!.rect).toMatchObject(topLeftOf(scene, { x: 0.25, y: 0.25 }, { width: 160, height: 70 }));
    expect(b!.quadrant).toBe('simple-short');
    expectClear([a!, b!]);
  });

  it('keeps a card dropped on another card next to it, in the field it was dropped in', () => {
    const cards = placeByKeys(['simple-long']);
    const point = dropAt(scene, cards, { id: 'new', size: CARD }, cards[0]!.point);
    expect(quadrantOf(point)).toBe('simple-long');
    expectClear(arrangeCards(scene, [...cards, { id: 'new', point, size: CARD }]));
  });

  it('never lets cards overlap, leave their field or cover its name, however they were placed', () => {
    const point = fc.record({ x: fc.double({ min: 0, max: 1, noNaN: true }), y: fc.double({ min: 0, max: 1, noNaN: true }) });
    const size = fc.record({ width: fc.integer({ min: 120, max: 240 }), height: fc.integer({ min: 50, max: 130 }) });
    const card = fc.record({ point, size });
    fc.assert(
      fc.property(fc.array(card, { minLength: 1, maxLength: 8 }), (drawn) => {
        const cards = drawn.map((c, i) => ({ ...c, id: `c${i}` }));
        const arranged = arrangeCards(scene, cards);
        arranged.forEach((a, i) => expect(a.quadrant).toBe(quadrantOf(cards[i]!.point)));
        expectClear(arranged);
      }),
      { numRuns: 200 },
    );
  });

  it('never overlaps cards placed by keys 1–4, in any order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...quadrants), { minLength: 1, maxLength: 10 }), (keys) => {
        const cards = placeByKeys(keys);
        const arranged = arrangeCards(scene, cards);
        arranged.forEach((a, i) => expect(a.quadrant).toBe(keys[i]));
        expectClear(arranged);
      }),
      { numRuns: 100 },
    );
  });
});

describe('points and pixels', () => {
  it('draw a stored point where it was placed, also after rounding', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (x, y) => {
        const at = topLeftOf(scene, { x, y }, CARD);
        const back = pointOf(scene, { ...at, ...CARD });
        expect(back.x).toBeCloseTo(x, 4);
        expect(back.y).toBeCloseTo(y, 4);
        expect(pointOf(scene, { ...topLeftOf(scene, back, CARD), ...CARD })).toEqual(back);
      }),
    );
  });
});

describe('moving a card with the arrow keys', () => {
  const big = (axis: 'x' | 'y', sign: 1 | -1) => ({ axis, sign, share: 0.1 });
  const rectOf = (cards: readonly SceneCard[], id: string) => arrangeCards(scene, cards).find((c) => c.id === id)!;

  it('stops below the field name instead of covering it, and then jumps into the field above', () => {
    let cards: SceneCard[] = [{ id: 'a', point: { x: 0.1, y: 0.9 }, size: CARD }];
    for (let i = 0; i < 3; i++) {
      cards = [{ ...cards[0]!, point: stepCard(scene, cards, 'a', big('y', -1))! }];
      expectClear(arrangeCards(scene, cards));
    }
    const label = scene.fields['complex-short'].label;
    expect(rectOf(cards, 'a').rect.y).toBeCloseTo(label.y + label.height + CARD_GAP, 0);
    expect(quadrantOf(cards[0]!.point)).toBe('complex-short');

    const over = stepCard(scene, cards, 'a', big('y', -1))!;
    expect(quadrantOf(over)).toBe('simple-short');
    expectClear(arrangeCards(scene, [{ ...cards[0]!, point: over }]));
  });

  it('stops at the midline, then crosses it; stays put at the outer edge', () => {
    let cards: SceneCard[] = [{ id: 'a', point: { x: 0.2, y: 0.3 }, size: CARD }];
    const right = () => stepCard(scene, cards, 'a', big('x', 1));
    for (let i = 0; i < 5 && quadrantOf(cards[0]!.point) === 'simple-short'; i++) {
      const next = right()!;
      if (quadrantOf(next) === 'simple-short') expect(rectOf([{ ...cards[0]!, point: next }], 'a').rect.x + CARD.width).toBeLessThanOrEqual(420 - CARD_GAP + 0.5);
      cards = [{ ...cards[0]!, point: next }];
    }
    expect(quadrantOf(cards[0]!.point)).toBe('simple-long');
    for (let i = 0; i < 10; i++) {
      const next = right();
      if (!next) break;
      cards = [{ ...cards[0]!, point: next }];
    }
    expect(rectOf(cards, 'a').rect.x + CARD.width).toBeCloseTo(840 - CARD_GAP, 0);
    expect(right()).toBeNull();
  });

  it('slides up to a card in the way and then hops over it', () => {
    const cards: SceneCard[] = [
      { id: 'a', point: { x: 0, y: 0.3 }, size: { width: 150, height: 80 } },
      { id: 'b', point: { x: 0.35, y: 0.3 }, size: { width: 150, height: 80 } },
    ];
    const a = rectOf(cards, 'a');
    const b = rectOf(cards, 'b');
    expect(a.rect.y).toBe(b.rect.y);
    let moved = cards;
    for (let i = 0; i < 20 && rectOf(moved, 'a').rect.x < b.rect.x; i++) {
      moved = [{ ...moved[0]!, point: stepCard(scene, moved, 'a', { axis: 'x', sign: 1, share: 0.03 })! }, moved[1]!];
      expectClear(arrangeCards(scene, moved));
    }
    expect(rectOf(moved, 'a').rect.x).toBeGreaterThan(b.rect.x);
    expect(rectOf(moved, 'b').rect).toEqual(b.rect);
  });
});
