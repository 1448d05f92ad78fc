import { quadrantCentre, quadrants, type Quadrant } from '../../../shared/matrix/quadrant';
import { LARGE_STEP, SMALL_STEP, nudge } from '../geometry';
import type { MatrixAction, MatrixActionContext, MatrixKeyTrigger } from './types';

const placed = (ctx: MatrixActionContext): boolean => ctx.position !== null;

function toQuadrant(quadrant: Quadrant, key: string): MatrixAction {
  return {
    id: `matrix.place.${quadrant}`,
    labelKey: 'matrix.actions.toQuadrant',
    shortcuts: [key],
    quadrant,
    isEnabled: () => true,
    perform: (ctx) => ctx.place(quadrantCentre(quadrant), 'now'),
  };
}

function move(id: string, labelKey: string, key: string, dx: number, dy: number): MatrixAction {
  return {
    id,
    labelKey,
    shortcuts: [key, `Shift+${key}`],
    repeats: true,
    isEnabled: placed,
    perform(ctx: MatrixActionContext, trigger: MatrixKeyTrigger) {
      if (!ctx.position) return;
      const step = trigger.shiftKey ? LARGE_STEP : SMALL_STEP;
      ctx.place(nudge(ctx.position, dx * step, dy * step), 'settle');
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
  move('matrix.moveLeft', 'matrix.actions.moveLeft', 'ArrowLeft', -1, 0),
  move('matrix.moveRight', 'matrix.actions.moveRight', 'ArrowRight', 1, 0),
  move('matrix.moveUp', 'matrix.actions.moveUp', 'ArrowUp', 0, -1),
  move('matrix.moveDown', 'matrix.actions.moveDown', 'ArrowDown', 0, 1),
  unplaceAction,
];
