import { describe, expect, it } from 'vitest';
import { tooClose } from '../../../shared/common/geometry';
import { arrangeCards, CARD_GAP, type SceneCard } from '../../../shared/matrix/arrange';
import { quadrantOf, quadrants } from '../../../shared/matrix/quadrant';
import { MEASURED_CARD, MEASURED_SCENE } from '../../../test/support/matrix-scene';
import { actionRegistry } from '../../actions/registry';
import { comboId, expandShortcut, matchesShortcut } from '../../actions/shortcuts';
import type { MatrixPoint } from '../../../shared/matrix/quadrant';
import { matrixActions } from './matrixActions';
import type { MatrixActionContext, PlaceTiming } from './types';

const key = (k: string, shiftKey = false) => ({ key: k, shiftKey, ctrlKey: false, metaKey: false, altKey: false });
const handling = (event: ReturnType<typeof key>) => matrixActions.filter((a) => a.shortcuts.some((s) => matchesShortcut(event, s)));

/** The focused card `i` on a matrix that holds `others`. */
function context(position: MatrixPoint | null, others: readonly SceneCard[] = []) {
  const calls: { point: MatrixPoint | null; timing?: PlaceTiming }[] = [];
  const cards = position ? [...others, { id: 'i', point: position, size: MEASURED_CARD }] : others;
  const ctx: MatrixActionContext = {
    item: { id: 'i', kind: 'cluster', title: 'A', noteCount: 1 },
    position,
    layout: () => ({ scene: MEASURED_SCENE, cards, sizeOf: () => MEASURED_CARD }),
    place: (point, timing) => calls.push({ point, timing }),
    unplace: () => calls.push({ point: null }),
    atEdge: () => calls.push({ point: position }),
  };
  return { ctx, calls };
}

describe('matrix keyboard actions', () => {
  it('have unique ids and never share a key with each other or with page-wide actions', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const action of [...actionRegistry, ...matrixActions]) {
      for (const combo of new Set(action.shortcuts.flatMap(expandShortcut).map(comboId))) {
        const owner = owners.get(combo);
        if (owner) clashes.push(`${combo}: ${owner} and ${action.id}`);
        owners.set(combo, action.id);
      }
    }
    expect(clashes).toEqual([]);
    expect(new Set(matrixActions.map((a) => a.id)).size).toBe(matrixActions.length);
  });

  it('place in the field of keys 1–4, in reading order, clear of a card already there', () => {
    for (const [index, quadrant] of quadrants.entries()) {
      const there = { id: 'other', point: { x: quadrant.endsWith('long') ? 0.75 : 0.25, y: quadrant.startsWith('complex') ? 0.75 : 0.25 }, size: MEASURED_CARD };
      const { ctx, calls } = context(null, [there]);
      handling(key(String(index + 1)))[0]?.perform(ctx, { shiftKey: false });
      const [call] = calls;
      expect(call?.timing).toBe('now');
      expect(quadrantOf(call!.point!)).toBe(quadrant);
      const [a, b] = arrangeCards(MEASURED_SCENE, [there, { id: 'i', point: call!.point!, size: MEASURED_CARD }]);
      expect(tooClose(a!.rect, b!.rect, CARD_GAP)).toBe(false);
    }
  });

  it('move a placed item by a small step, a large one with Shift, and not an unplaced one', () => {
    const { ctx, calls } = context({ x: 0.7, y: 0.7 });
    const [right] = handling(key('ArrowRight'));
    const [down] = handling(key('ArrowDown', true));
    right?.perform(ctx, { shiftKey: false });
    down?.perform(ctx, { shiftKey: true });
    expect(calls).toEqual([
      { point: { x: 0.72, y: 0.7 }, timing: 'settle' },
      { point: { x: 0.7, y: 0.8 }, timing: 'settle' },
    ]);
    expect(right?.isEnabled(context(null).ctx)).toBe(false);
  });

  it('say so when a card cannot move further, and leave it where it is', () => {
    const { ctx, calls } = context({ x: 1, y: 0.7 });
    handling(key('ArrowRight'))[0]?.perform(ctx, { shiftKey: false });
    expect(calls).toEqual([{ point: { x: 1, y: 0.7 } }]);
  });

  it('return an item to the tray with Delete or Backspace', () => {
    expect(handling(key('Delete')).map((a) => a.id)).toEqual(['matrix.unplace']);
    expect(handling(key('Backspace')).map((a) => a.id)).toEqual(['matrix.unplace']);
  });
});
