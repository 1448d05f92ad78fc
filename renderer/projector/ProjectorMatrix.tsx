import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopId } from '../../shared/workshop/schema';
import { useQuery } from '../api/useQuery';
import { labelsFor } from '../matrix/matrixLabels';
import { StaticMatrix } from '../matrix/StaticMatrix';
import { shownVotes } from '../voting/roundData';
import { StageState } from './StageState';
import { useProjectorItems } from './useProjectorItems';
import '../styles/prioritisation.css';

/** The four-field scale with every placed item; vote counts only once the newest round is revealed. */
export function ProjectorMatrix({ workshopId }: { readonly workshopId: WorkshopId }) {
  const { t } = useTranslation();
  const { items, query: board } = useProjectorItems(workshopId);
  const matrix = useQuery('matrix.get', { workshopId });
  const rounds = useQuery('voting.rounds', { workshopId });
  const votes = useMemo(() => shownVotes(rounds.data), [rounds.data]);

  if (!items || !matrix.data || !rounds.data) return <StageState queries={[board, matrix, rounds]} />;
  if (matrix.data.placements.length === 0) return <p className="projector-empty">{t('projector.matrix.empty')}</p>;
  return (
    <section className="prio projector-matrix" aria-label={t('projector.views.matrix')}>
      <StaticMatrix labels={labelsFor(t, matrix.data.labels)} placements={matrix.data.placements} items={items} votes={votes} />
    </section>
  );
}
