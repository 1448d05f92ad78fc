import { placeInField, stepCard, type Axis } from '../../../shared/matrix/arrange';
import { quadrants, type Quadrant } from '../../../shared/matrix/quadrant';
import { LARGE_STEP, SMALL_STEP } from '../geometry';
import type { MatrixAction, MatrixActionContext, MatrixKeyTrigger } from './types';

const placed = (ctx: MatrixActionContext): boolean => ctx.position !== null;

/** The free spot nearest the middle of the field, so a second card never lands on the first. */
function toQuadrant(quadrant: Quadrant, key: string): MatrixAction {
  return {
    id: `matrix.place.${quadrant}`,
    labelKey: 'matrix.actions.toQuadrant',
    shortcuts: [key],
    quadrant,
    isEnabled: () => true,
    perform(ctx) {
      const layout = ctx.layout();
      const size = layout?.sizeOf(ctx.item.id);
      if (!layout || !size) return;
      ctx.place(placeInField(layout.scene, layout.cards, { id: ctx.item.id, size }, quadrant), 'now');
    },
  };
}

/** Slides until the card meets a field edge, a field name or another card; pressed again there, it jumps past. */
function move(id: string, labelKey: string, key: string, axis: Axis, sign: 1 | -1): MatrixAction {
  return {
    id,
    labelKey,
    shortcuts: [key, `Shift+${key}`],
    repeats: true,
    isEnabled: placed,
    perform(ctx: MatrixActionContext, trigger: MatrixKeyTrigger) {
      const layout = ctx.layout();
      if (!ctx.position || !layout) return;
      const next = stepCard(layout.scene, layout.cards, ctx.item.id, { axis, sign, share: trigger.shiftKey ? LARGE_STEP : SMALL_STEP });
      if (next) ctx.place(next, 'settle');
      else ctx.atEdge();
    },
  };
}

export const unplaceAction: MatrixAction = {
  id: 'matrix.unplace',
  labelKey: 'matrix.actions.unplace',
  shortcuts: ['Delete', 'Backspace'],
  isEnabled: placed,
  perform: (ctx) => ctx.unplace(),
};

/** Keys 1–4 follow the reading order of the picture, which is the order of `quadrants`. */
export const matrixActions: readonly MatrixAction[] = [
  ...quadrants.map((quadrant, index) => toQuadrant(quadrant, String(index + 1))),
  // The picture has "enkel" at the top, so Up moves towards simpler.
  move('matrix.moveLeft', 'matrix.actions.moveLeft', 'ArrowLeft', 'x', -1),
  move('matrix.moveRight', 'matrix.actions.moveRight', 'ArrowRight', 'x', 1),
  move('matrix.moveUp', 'matrix.actions.moveUp', 'ArrowUp', 'y', -1),
  move('matrix.moveDown', 'matrix.actions.moveDown', 'ArrowDown', 'y', 1),
  unplaceAction,
];
