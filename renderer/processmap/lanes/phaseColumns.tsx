/**
 * Phases on the canvas: one column per phase from x = 0, left to right in
 * rank order as the SVG export draws them, its name in a header row above
 * the first lane and its right edge a dashed line down through every lane.
 * Scenery like the lane bands: never selected, dragged, focused or hit by
 * the pointer, so drops still land in the lane under them.
 */
import type { Node, NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { laneSpans } from '../../../shared/processmap/lanes';
import type { MapLane, MapPhase } from '../../../shared/processmap/schema';
import { SCENERY } from '../flowModel';
import { byRank } from './byRank';

/** The header row above the lanes that holds the phases' names. */
export const PHASE_HEADER = 36;

export interface PhaseData extends Record<string, unknown> {
  readonly name: string;
}

export type PhaseNode = Node<PhaseData, 'phase'>;

export function phaseNodes(phases: readonly MapPhase[], lanes: readonly MapLane[]): PhaseNode[] {
  const bottom = laneSpans(lanes).at(-1)?.bottom ?? 0;
  let left = 0;
  return byRank(phases).map((phase) => {
    const x = left;
    left += phase.width;
    return {
      id: `phase:${phase.id}`,
      type: 'phase',
      position: { x, y: -PHASE_HEADER },
      width: phase.width,
      height: bottom + PHASE_HEADER,
      data: { name: phase.name },
      // In the lane bands' layer but later in the list, so over them; the pointer goes through to the lane.
      ...SCENERY,
      style: { pointerEvents: 'none' },
    };
  });
}

export const PhaseColumn = memo(function PhaseColumn({ data }: NodeProps<PhaseNode>) {
  return (
    <div className="map-phase">
      <div className="map-phase__name">{data.name}</div>
    </div>
  );
});
