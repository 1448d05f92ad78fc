import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { participantsDone } from '../../shared/room/progress';
import type { RoundState } from '../../shared/voting/schema';
import type { WorkshopItem } from '../matrix/workshopItems';

/** Past this many, the list of what is voted on ends with a count of the rest. */
const MAX_LISTED = 12;

export interface ProjectorRoundProps {
  readonly state: RoundState;
  readonly items: ReadonlyMap<string, WorkshopItem>;
  readonly participantIds: readonly string[];
}

/**
 * A round before its reveal: what is voted on, how many dots are in and how
 * many people are done. Who put dots where is never shown: it would steer
 * the ones still voting.
 */
export function ProjectorRound({ state, items, participantIds }: ProjectorRoundProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { round } = state;
  const votedOn = round.votableItemIds.flatMap((id) => items.get(id) ?? []);
  const listed = votedOn.length > MAX_LISTED ? votedOn.slice(0, MAX_LISTED - 1) : votedOn;
  const inApp = round.mode === 'participants';

  return (
    <section className="projector-round" aria-labelledby={headingId}>
      <div className="projector-round__head">
        <h3 id={headingId} className="projector-round__title">
          {t('projector.voting.round', { number: round.number })}
        </h3>
        <p className="projector-round__status">{round.status === 'open' ? t('projector.voting.open') : t('projector.voting.closed')}</p>
      </div>
      <dl className="projector-figures">
        <div className="projector-figure">
          <dt>{inApp ? t('projector.voting.dots', { count: state.totalDots }) : t('projector.voting.paperDots', { count: state.totalDots })}</dt>
          <dd>{state.totalDots}</dd>
        </div>
        {inApp ? (
          <div className="projector-figure">
            <dt>{t('projector.voting.done', { count: participantIds.length })}</dt>
            <dd>{t('projector.voting.doneOf', { done: participantsDone(state.placedBy, round.dotsPerParticipant, participantIds), total: participantIds.length })}</dd>
          </div>
        ) : null}
      </dl>
      <div className="projector-round__items">
        <h4 className="projector-round__items-heading">{t('projector.voting.votingOn', { count: votedOn.length })}</h4>
        <ul className="projector-round__list">
          {listed.map((item) => (
            <li key={item.id}>{item.title}</li>
          ))}
          {listed.length < votedOn.length ? <li className="projector-round__more">{t('projector.voting.moreItems', { count: votedOn.length - listed.length })}</li> : null}
        </ul>
      </div>
      <p className="projector-round__later">{t('projector.voting.resultsLater')}</p>
    </section>
  );
}
