import { newElementPlace } from './canvas';
import type { LaneBand } from './lanes';

/**
 * Where a new challenge card goes: in another lane than the step it is
 * pinned to, straight above or below that step, so the pin reads at a
 * glance; otherwise after the last element of its lane, as anything added
 * from the toolbar, which never covers the step.
 */
export function cardPlace(
  lanes: readonly LaneBand[],
  elements: Parameters<typeof newElementPlace>[1],
  laneId: string,
  pinnedTo: { readonly laneId: string; readonly x: number } | null,
): { x: number; y: number } | null {
  const place = newElementPlace(lanes, elements, laneId, 'challenge');
  if (!place || !pinnedTo || pinnedTo.laneId === laneId) return place;
  return { x: pinnedTo.x, y: place.y };
}
