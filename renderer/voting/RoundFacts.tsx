import { useTranslation } from 'react-i18next';
import type { RoundState } from '../../shared/voting/schema';

/** The settings of a round and where it stands, in one line of badges; itemCount: what may still be voted on. */
export function RoundFacts({ state, itemCount }: { readonly state: RoundState; readonly itemCount: number }) {
  const { t } = useTranslation();
  const { round } = state;
  return (
    <ul className="round-facts">
      <li className={round.status === 'open' ? 'round-facts__status round-facts__status--open' : 'round-facts__status'}>
        {round.status === 'open' ? t('voting.status.open') : t('voting.status.closed')}
      </li>
      <li>{round.revealed ? t('voting.status.revealed') : t('voting.status.hidden')}</li>
      <li>{t(`voting.modes.${round.mode}`)}</li>
      {round.mode === 'participants' ? <li>{t('voting.facts.dots', { count: round.dotsPerParticipant })}</li> : null}
      {round.mode === 'participants' && round.maxPerItem !== null ? <li>{t('voting.facts.cap', { count: round.maxPerItem })}</li> : null}
      {round.anonymous ? <li>{t('voting.facts.anonymous')}</li> : null}
      <li>{t('voting.facts.items', { count: itemCount })}</li>
      <li>{t('voting.facts.total', { count: state.totalDots })}</li>
      {state.dotsFromRemoved > 0 ? <li>{t('voting.facts.removed', { count: state.dotsFromRemoved })}</li> : null}
    </ul>
  );
}
