/**
 * Screen geometry of the four-field matrix. The picture puts "enkel" at the
 * top and "kort sikt" at the left, so a point's (x, y) maps straight onto the
 * box without flipping, and the quadrants read in the order of `quadrants`
 * (keys 1–4): enkel/kort, enkel/lång, komplex/kort, komplex/lång.
 */
import { clampPoint, type MatrixPoint } from '../../shared/matrix/quadrant';

/** Arrow keys move by this share of the box; with Shift by the large step. */
export const SMALL_STEP = 0.02;
export const LARGE_STEP = 0.1;

export interface BoxLike {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** The matrix point under a pointer, or null when the pointer is outside the box. */
export function pointInBox(box: BoxLike, clientX: number, clientY: number): MatrixPoint | null {
  if (box.width <= 0 || box.height <= 0) return null;
  const x = (clientX - box.left) / box.width;
  const y = (clientY - box.top) / box.height;
  if (x < 0 || x > 1 || y < 0 || y > 1) return null;
  return clampPoint({ x, y });
}

export function samePoint(a: MatrixPoint, b: MatrixPoint): boolean {
  return Math.abs(a.x - b.x) < 1e-6 && Math.abs(a.y - b.y) < 1e-6;
}
