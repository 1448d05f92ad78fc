/**
 * The working matrix as measured in the browser at 1280 × 800: a box of
 * four fields, each with its name in the top-left corner, and the size of
 * a cluster card with a two-line heading.
 */
import type { MatrixScene } from '../../shared/matrix/arrange';

export const MEASURED_SCENE: MatrixScene = {
  width: 840,
  height: 634,
  fields: {
    'simple-short': { rect: { x: 0, y: 0, width: 420, height: 317 }, label: { x: 13, y: 11, width: 200, height: 29 } },
    'simple-long': { rect: { x: 420, y: 0, width: 420, height: 317 }, label: { x: 433, y: 11, width: 202, height: 29 } },
    'complex-short': { rect: { x: 0, y: 317, width: 420, height: 317 }, label: { x: 13, y: 328, width: 232, height: 29 } },
    'complex-long': { rect: { x: 420, y: 317, width: 420, height: 317 }, label: { x: 433, y: 328, width: 235, height: 29 } },
  },
};

export const MEASURED_CARD = { width: 225, height: 94 };
