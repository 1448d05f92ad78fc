import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../shared/workshop/schema';
import { useQuery } from '../api/useQuery';
import { AreaTable } from '../areas/AreaTable';
import { Loading } from '../common/Loading';
import { QueryError } from '../common/QueryError';
import { labelsFor } from '../matrix/matrixLabels';
import { StaticMatrix } from '../matrix/StaticMatrix';
import { itemsById, workshopItems } from '../matrix/workshopItems';
import { ResultsTable } from '../results/ResultsTable';
import { resultRows } from '../results/resultRows';
import { latestRevealed } from '../voting/roundData';
import { WorkshopFacts } from '../workshops/WorkshopFacts';
import { HandedOverList } from './HandedOverList';
import { SummaryClusters } from './SummaryClusters';
import { SummaryParticipants } from './SummaryParticipants';
import { SummarySection } from './SummarySection';
import { WorkshopPlanLinks } from './WorkshopPlanLinks';

/** The sections of the summary, once the workshop (and so its programme) is known. */
export function SummarySheet({ workshop }: { readonly workshop: Workshop }) {
  const { t } = useTranslation();
  const workshopId = workshop.id;
  const board = useQuery('board.get', { workshopId });
  const matrix = useQuery('matrix.get', { workshopId });
  const rounds = useQuery('voting.rounds', { workshopId });
  const outcomes = useQuery('outcome.list', { workshopId });
  const areas = useQuery('improvementArea.list', { programmeId: workshop.programmeId });

  const items = useMemo(() => itemsById(board.data ? workshopItems(board.data) : []), [board.data]);
  const queries = [board, matrix, rounds, outcomes, areas];
  const error = queries.find((q) => q.error)?.error;
  if (error) return <QueryError error={error} onRetry={() => queries.forEach((q) => q.reload())} />;
  if (!board.data || !matrix.data || !rounds.data || !outcomes.data || !areas.data) return <Loading />;

  const revealed = latestRevealed(rounds.data);
  const votes = revealed?.results ? new Map(revealed.results.map((r) => [r.itemId, r.votes])) : null;
  const labels = labelsFor(t, matrix.data.labels);
  const workshopAreas = areas.data.filter((a) => a.workshopId === workshopId);

  return (
    <div className="summary__sheet">
      <SummarySection title={t('summary.sections.facts')}>
        <WorkshopFacts workshop={workshop} />
      </SummarySection>
      <SummarySection title={t('summary.sections.participants', { count: board.data.participants.length })}>
        <SummaryParticipants participants={board.data.participants} />
      </SummarySection>
      <SummarySection title={t('summary.sections.clusters')}>
        <SummaryClusters board={board.data} />
      </SummarySection>
      <SummarySection title={t('summary.sections.matrix')}>
        {matrix.data.placements.length > 0 ? (
          <StaticMatrix labels={labels} placements={matrix.data.placements} items={items} votes={votes} />
        ) : (
          <p className="muted">{t('summary.noMatrix')}</p>
        )}
      </SummarySection>
      <SummarySection title={t('summary.sections.votes')}>
        {revealed?.results ? (
          <ResultsTable
            caption={t('results.caption', { number: revealed.round.number })}
            rows={resultRows(revealed.results, items, matrix.data.placements, outcomes.data)}
            split={revealed.round.mode === 'participants'}
            quadrantName={(q) => labels.quadrants[q]}
          />
        ) : (
          <p className="muted">{t('summary.noVotes')}</p>
        )}
      </SummarySection>
      <SummarySection title={t('summary.sections.prioritised')}>
        {workshopAreas.length > 0 ? (
          <AreaTable caption={t('summary.sections.prioritised')} areas={workshopAreas} showWorkshop={false} votes={votes ?? undefined} />
        ) : (
          <p className="muted">{t('summary.noPrioritised')}</p>
        )}
      </SummarySection>
      <SummarySection title={t('plan.summaryLinks.heading')}>
        <WorkshopPlanLinks workshopId={workshopId} />
      </SummarySection>
      <SummarySection title={t('summary.sections.handedOver')}>
        <HandedOverList outcomes={outcomes.data} items={items} />
      </SummarySection>
    </div>
  );
}
