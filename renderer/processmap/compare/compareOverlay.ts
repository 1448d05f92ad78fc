/**
 * What the comparison says about each step of one side, as the overlay
 * shows it: a status class and a mark in words, so the change reads
 * without colour. A move names both lanes on the önskat läge side, where
 * the step has arrived, and the lane it goes to on the nuläge side.
 */
import type { Comparison } from '../../../shared/processmap/compare';
import type { MapView } from '../../../shared/processmap/schema';
import type { Translate } from '../../i18n/translate';

export type Side = 'current' | 'desired';
export type Status = Comparison['steps'][number]['status'];

export interface Mark {
  readonly status: Status;
  readonly text: string;
}

export function overlayMarks(t: Translate, comparison: Comparison, side: Side, views: Record<Side, MapView>): Map<string, Mark> {
  const laneName = (s: Side, elementId: string | null) => {
    const element = views[s].elements.find((e) => e.id === elementId);
    return views[s].lanes.find((lane) => lane.id === element?.laneId)?.name ?? '';
  };
  const marks = new Map<string, Mark>();
  for (const step of comparison.steps) {
    const id = side === 'current' ? step.currentId : step.desiredId;
    if (id === null) continue;
    const words = { from: laneName('current', step.currentId), to: laneName('desired', step.desiredId) };
    const text = step.status === 'moved' ? t(`processMap.compare.mark.moved.${side}`, words) : t(`processMap.compare.mark.${step.status}`);
    marks.set(id, { status: step.status, text });
  }
  return marks;
}
