import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../shared/participant/schema';

export interface ParticipantPickerProps {
  readonly participants: readonly Participant[];
  readonly selectedId: string | null;
  readonly dotsLeft: (participantId: string) => number;
  readonly onSelect: (participantId: string) => void;
}

/** Who is at the laptop now: one toggle button per participant, with the dots they have left. */
export function ParticipantPicker({ participants, selectedId, dotsLeft, onSelect }: ParticipantPickerProps) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <div className="voter-picker" role="group" aria-labelledby={labelId}>
      <p id={labelId} className="voter-picker__label">
        {t('voting.voter.pick')}
      </p>
      <ul className="voter-picker__list">
        {participants.map((participant) => {
          const left = dotsLeft(participant.id);
          return (
            <li key={participant.id}>
              <button
                type="button"
                className={left === 0 ? 'voter-picker__button voter-picker__button--done' : 'voter-picker__button'}
                aria-pressed={participant.id === selectedId}
                onClick={() => onSelect(participant.id)}
              >
                <span className="voter-picker__name">{participant.name}</span>
                <span className="voter-picker__left">{left === 0 ? t('voting.voter.done') : t('voting.voter.left', { count: left })}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
