/**
 * The working matrix as the rules in shared/matrix/arrange.ts see it: the
 * box, its fields and their names, and each card's size, in layout pixels
 * (offsets, not client rectangles, so a card shrunk by a transform is
 * still measured at full size).
 */
import type { Rect, Size } from '../../shared/common/geometry';
import { quadrants, type Quadrant } from '../../shared/matrix/quadrant';
import type { MatrixScene } from '../../shared/matrix/arrange';

const offsetRect = (element: HTMLElement): Rect => ({ x: element.offsetLeft, y: element.offsetTop, width: element.offsetWidth, height: element.offsetHeight });

/** Null while the box is not laid out (a hidden tab). */
export function measureScene(box: HTMLElement): MatrixScene | null {
  if (box.clientWidth === 0 || box.clientHeight === 0) return null;
  const fields = {} as Record<Quadrant, MatrixScene['fields'][Quadrant]>;
  for (const quadrant of quadrants) {
    const field = box.querySelector<HTMLElement>(`[data-quadrant="${quadrant}"]`);
    const label = field?.querySelector<HTMLElement>('.matrix-box__field-name');
    if (!field || !label) return null;
    // The box is the offset parent of both, so both are measured from its padding edge.
    fields[quadrant] = { rect: offsetRect(field), label: offsetRect(label) };
  }
  return { width: box.clientWidth, height: box.clientHeight, fields };
}

/** Every card under `root`, in the tray or on the matrix, by item id. */
export function measureCards(root: HTMLElement): Map<string, Size> {
  const sizes = new Map<string, Size>();
  for (const card of root.querySelectorAll<HTMLElement>('[data-matrix-item]')) {
    const id = card.dataset.matrixItem;
    if (id) sizes.set(id, { width: card.offsetWidth, height: card.offsetHeight });
  }
  return sizes;
}
