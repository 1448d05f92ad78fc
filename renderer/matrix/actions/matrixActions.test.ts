import { describe, expect, it } from 'vitest';
import { quadrantCentre } from '../../../shared/matrix/quadrant';
import { actionRegistry } from '../../actions/registry';
import { comboId, expandShortcut, matchesShortcut } from '../../actions/shortcuts';
import type { MatrixPoint } from '../../../shared/matrix/quadrant';
import { matrixActions } from './matrixActions';
import type { MatrixActionContext, PlaceTiming } from './types';

const key = (k: string, shiftKey = false) => ({ key: k, shiftKey, ctrlKey: false, metaKey: false, altKey: false });
const handling = (event: ReturnType<typeof key>) => matrixActions.filter((a) => a.shortcuts.some((s) => matchesShortcut(event, s)));

function context(position: MatrixPoint | null) {
  const calls: { point: MatrixPoint | null; timing?: PlaceTiming }[] = [];
  const ctx: MatrixActionContext = {
    item: { id: 'i', kind: 'cluster', title: 'A', noteCount: 1 },
    position,
    place: (point, timing) => calls.push({ point, timing }),
    unplace: () => calls.push({ point: null }),
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

  it('place at the quadrant centre with keys 1–4 in reading order', () => {
    const { ctx, calls } = context(null);
    for (const k of ['1', '2', '3', '4']) handling(key(k))[0]?.perform(ctx, { shiftKey: false });
    expect(calls.map((c) => c.point)).toEqual([
      quadrantCentre('simple-short'),
      quadrantCentre('simple-long'),
      quadrantCentre('complex-short'),
      quadrantCentre('complex-long'),
    ]);
    expect(calls.every((c) => c.timing === 'now')).toBe(true);
  });

  it('nudge a placed item by a small step, a large one with Shift, and not an unplaced one', () => {
    const { ctx, calls } = context({ x: 0.5, y: 0.5 });
    const [right] = handling(key('ArrowRight'));
    const [up] = handling(key('ArrowUp', true));
    right?.perform(ctx, { shiftKey: false });
    up?.perform(ctx, { shiftKey: true });
    expect(calls).toEqual([
      { point: { x: 0.52, y: 0.5 }, timing: 'settle' },
      { point: { x: 0.5, y: 0.4 }, timing: 'settle' },
    ]);
    expect(right?.isEnabled(context(null).ctx)).toBe(false);
  });

  it('return an item to the tray with Delete or Backspace', () => {
    expect(handling(key('Delete')).map((a) => a.id)).toEqual(['matrix.unplace']);
    expect(handling(key('Backspace')).map((a) => a.id)).toEqual(['matrix.unplace']);
  });
});
