import { useTranslation } from 'react-i18next';
import type { RoundState } from '../../shared/voting/schema';
import type { WorkshopId } from '../../shared/workshop/schema';
import { useQuery } from '../api/useQuery';
import { latestRound } from '../voting/roundData';
import { ProjectorResults } from './ProjectorResults';
import { ProjectorRound } from './ProjectorRound';
import { StageState } from './StageState';
import { useProjectorItems } from './useProjectorItems';

/** The round the facilitator shows (else the newest): how the vote goes while it runs, the results once revealed. */
export function ProjectorVoting({ workshopId, roundId }: { readonly workshopId: WorkshopId; readonly roundId: string | null }) {
  const { t } = useTranslation();
  const { items, participantIds, query: board } = useProjectorItems(workshopId);
  const rounds = useQuery('voting.rounds', { workshopId });

  if (!items || !participantIds || !rounds.data) return <StageState queries={[board, rounds]} />;
  const state: RoundState | null = rounds.data.find((r) => r.round.id === roundId) ?? latestRound(rounds.data);
  if (!state) return <p className="projector-empty">{t('projector.voting.none')}</p>;
  return state.results ? (
    <ProjectorResults state={state} results={state.results} items={items} />
  ) : (
    <ProjectorRound state={state} items={items} participantIds={participantIds} />
  );
}
