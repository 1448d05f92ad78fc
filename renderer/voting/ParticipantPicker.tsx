import { type KeyboardEvent, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../shared/participant/schema';
import { rovingStep } from '../common/rovingStep';

export interface ParticipantPickerProps {
  readonly participants: readonly Participant[];
  readonly selectedId: string | null;
  readonly dotsLeft: (participantId: string) => number;
  readonly onSelect: (participantId: string) => void;
}

/**
 * Who is at the laptop now: one toggle button per participant, with the dots
 * they have left. The list is one tab stop (the current voter); the left
 * and right arrows, Home and End move along it and Enter or Space picks, so with forty
 * participants the vote cards are still a Tab or two away.
 */
export function ParticipantPicker({ participants, selectedId, dotsLeft, onSelect }: ParticipantPickerProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const tabStop = participants.some((p) => p.id === selectedId) ? selectedId : (participants[0]?.id ?? null);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>): void => {
    const at = participants.findIndex((p) => buttons.current.get(p.id) === document.activeElement);
    const next = at < 0 ? null : rovingStep(event.key, at, participants.length);
    const target = next === null ? undefined : participants[next];
    if (!target) return;
    event.preventDefault();
    buttons.current.get(target.id)?.focus();
  };

  return (
    <div className="voter-picker" role="group" aria-labelledby={labelId}>
      <p id={labelId} className="voter-picker__label">
        {t('voting.voter.pick')}
      </p>
      <ul className="voter-picker__list" onKeyDown={onKeyDown}>
        {participants.map((participant) => {
          const left = dotsLeft(participant.id);
          return (
            <li key={participant.id}>
              <button
                ref={(element) => {
                  if (element) buttons.current.set(participant.id, element);
                  else buttons.current.delete(participant.id);
                }}
                type="button"
                className={left === 0 ? 'voter-picker__button voter-picker__button--done' : 'voter-picker__button'}
                aria-pressed={participant.id === selectedId}
                tabIndex={participant.id === tabStop ? 0 : -1}
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
