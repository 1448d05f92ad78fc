import { memo } from 'react';
import type { RoomView } from '../../shared/room/schema';
import type { Workshop } from '../../shared/workshop/schema';
import { ProjectorJoinWelcome } from '../join/ProjectorJoinWelcome';
import { ProjectorBoard } from './ProjectorBoard';
import { ProjectorMatrix } from './ProjectorMatrix';
import { ProjectorSummary } from './ProjectorSummary';
import { ProjectorVoting } from './ProjectorVoting';

export interface ProjectorStageProps {
  readonly view: RoomView;
  readonly workshop: Workshop;
  readonly clusterId: string | null;
  readonly roundId: string | null;
}

/**
 * The step the room is at. Only the shown step's queries are mounted, so a
 * change event refetches what is on screen and nothing else; memo keeps the
 * room answer's new `now` (every refetch has one) from rendering the step.
 */
export const ProjectorStage = memo(function ProjectorStage({ view, workshop, clusterId, roundId }: ProjectorStageProps) {
  switch (view) {
    case 'welcome':
      return <ProjectorJoinWelcome workshop={workshop} />;
    case 'board':
      return <ProjectorBoard workshopId={workshop.id} clusterId={clusterId} />;
    case 'matrix':
      return <ProjectorMatrix workshopId={workshop.id} />;
    case 'voting':
      return <ProjectorVoting workshopId={workshop.id} roundId={roundId} />;
    case 'summary':
      return <ProjectorSummary workshop={workshop} />;
  }
});
