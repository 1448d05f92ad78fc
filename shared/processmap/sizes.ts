/** Default sizes in canvas units, so maps made from templates or by a click look alike. */
import type { ElementKind } from './schema';

export const DEFAULT_LANE_HEIGHT = 160;
export const DEFAULT_PHASE_WIDTH = 600;
/** Distance between the starts of two template columns. */
export const COLUMN_SPACING = 220;

const sizes: Readonly<Record<ElementKind, { readonly width: number; readonly height: number }>> = {
  step: { width: 180, height: 80 },
  decision: { width: 120, height: 120 },
  start: { width: 140, height: 60 },
  end: { width: 140, height: 60 },
  document: { width: 160, height: 80 },
  comment: { width: 180, height: 80 },
  challenge: { width: 200, height: 100 },
};

export function defaultSize(kind: ElementKind): { readonly width: number; readonly height: number } {
  return sizes[kind];
}

/** A template element's place: its column along the flow, centred in its lane's height. */
export function templatePlacement(kind: ElementKind, column: number, laneHeight = DEFAULT_LANE_HEIGHT): { x: number; offset: number } {
  return { x: 40 + column * COLUMN_SPACING, offset: Math.max(0, (laneHeight - defaultSize(kind).height) / 2) };
}
