import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../shared/workshop/schema';
import { useQuery } from '../api/useQuery';
import { latestRevealed } from '../voting/roundData';
import { StageState } from './StageState';

/** The workshop's outcome for the room: the areas it prioritised, most votes first. */
export function ProjectorSummary({ workshop }: { readonly workshop: Workshop }) {
  const { t } = useTranslation();
  const areas = useQuery('improvementArea.list', { programmeId: workshop.programmeId });
  const rounds = useQuery('voting.rounds', { workshopId: workshop.id });

  if (!areas.data || !rounds.data) return <StageState queries={[areas, rounds]} />;
  const revealed = latestRevealed(rounds.data);
  const votes = new Map(revealed?.results?.map((r) => [r.itemId, r.votes]) ?? []);
  const prioritised = areas.data
    .filter((area) => area.workshopId === workshop.id)
    .map((area) => ({ area, votes: votes.get(area.itemId) ?? null }))
    .sort((a, b) => (b.votes ?? -1) - (a.votes ?? -1));

  return (
    <section className="projector-summary" aria-labelledby="projector-summary-heading">
      <h3 id="projector-summary-heading" className="projector-summary__heading">
        {t('projector.summary.heading')}
      </h3>
      {prioritised.length === 0 ? (
        <p className="projector-empty">{t('projector.summary.none')}</p>
      ) : (
        <ol className="projector-summary__list">
          {prioritised.map(({ area, votes: count }) => (
            <li key={area.id} className="projector-summary__area">
              <span className="projector-summary__title">{area.title}</span>
              {count === null ? null : <span className="projector-summary__votes">{t('projector.summary.votes', { count })}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
