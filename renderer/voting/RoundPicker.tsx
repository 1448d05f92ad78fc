import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundId, RoundState } from '../../shared/voting/schema';

/** The workshop's rounds, newest last; the pressed one is shown below. */
export function RoundPicker({ rounds, selectedId, onSelect }: { readonly rounds: readonly RoundState[]; readonly selectedId: string; readonly onSelect: (roundId: RoundId) => void }) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <div className="round-picker" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="round-picker__label">
        {t('voting.rounds')}
      </span>
      <ul className="round-picker__list">
        {rounds.map(({ round }) => (
          <li key={round.id}>
            <button type="button" className="round-picker__button" aria-pressed={round.id === selectedId} onClick={() => onSelect(round.id)}>
              {t('voting.roundName', { number: round.number })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
