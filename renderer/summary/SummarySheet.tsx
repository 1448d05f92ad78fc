import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopSummary } from '../../shared/summary/model';
import { AreaTable } from '../areas/AreaTable';
import { labelsFor } from '../matrix/matrixLabels';
import { StaticMatrix } from '../matrix/StaticMatrix';
import { itemsById } from '../matrix/workshopItems';
import { HandedOverList } from './HandedOverList';
import { SummaryClusters } from './SummaryClusters';
import { SummaryFacts } from './SummaryFacts';
import { SummaryParticipants } from './SummaryParticipants';
import { SummaryPart, SummarySection } from './SummarySection';
import { SummaryVote } from './SummaryVote';
import { WorkshopPlanLinks } from './WorkshopPlanLinks';

/** The summary as the model orders it: facts, the decisions, then the detail. */
export function SummarySheet({ summary }: { readonly summary: WorkshopSummary }) {
  const { t } = useTranslation();
  const { decisions, detail } = summary;
  const labels = labelsFor(t, detail.matrix.labels);
  const items = useMemo(() => itemsById(detail.matrix.items), [detail.matrix.items]);
  const votes = decisions.vote ? new Map(decisions.vote.rows.map((r) => [r.itemId, r.votes])) : null;

  return (
    <div className="summary__sheet">
      <SummaryFacts summary={summary} />
      <SummaryPart title={t('summary.parts.decisions')} className="summary__part--decisions">
        <SummarySection title={t('summary.sections.prioritised')}>
          {decisions.prioritised.length > 0 ? (
            <AreaTable caption={t('summary.sections.prioritised')} areas={decisions.prioritised.map((p) => p.area)} showWorkshop={false} votes={votes ?? undefined} />
          ) : (
            <p className="muted">{t('summary.noPrioritised')}</p>
          )}
        </SummarySection>
        <SummarySection title={t('plan.summaryLinks.heading')}>
          <WorkshopPlanLinks links={decisions.prioritised.flatMap((p) => p.plans)} />
        </SummarySection>
        <SummarySection title={t('summary.sections.handedOver')}>
          <HandedOverList handedOver={decisions.handedOver} />
        </SummarySection>
        <SummarySection title={t('summary.sections.votes')}>
          <SummaryVote vote={decisions.vote} quadrantName={(q) => labels.quadrants[q]} />
        </SummarySection>
      </SummaryPart>
      <SummaryPart title={t('summary.parts.detail')} className="summary__part--detail">
        <SummarySection title={t('summary.sections.clusters')}>
          <SummaryClusters clusters={detail.clusters} freeNotes={detail.freeNotes} quadrantName={(q) => labels.quadrants[q]} />
        </SummarySection>
        <SummarySection title={t('summary.sections.matrix')}>
          {detail.matrix.placements.length > 0 ? (
            <StaticMatrix labels={labels} placements={detail.matrix.placements} items={items} votes={votes} />
          ) : (
            <p className="muted">{t('summary.noMatrix')}</p>
          )}
        </SummarySection>
        <SummarySection title={t('summary.sections.participants', { count: summary.counts.participants })}>
          <SummaryParticipants organisations={detail.organisations} names={detail.names} />
        </SummarySection>
      </SummaryPart>
    </div>
  );
}
