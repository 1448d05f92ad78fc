import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../shared/participant/schema';
import { dotsLeft, refuseDot, refuseRetraction, type RoundRules, type VoteRefusal } from '../../shared/voting/rules';
import type { RoundState } from '../../shared/voting/schema';
import { toApiFailure } from '../api/ApiFailure';
import type { QueryFreshness } from '../api/useQuery';
import { EmptyState } from '../common/EmptyState';
import { useToasts } from '../common/toastContext';
import { errorMessage } from '../i18n/describeError';
import type { WorkshopItem } from '../matrix/workshopItems';
import { ParticipantPicker } from './ParticipantPicker';
import { useLiveRound } from './useLiveRound';
import { VoteItemCard } from './VoteItemCard';

export interface ParticipantVotingProps {
  readonly state: RoundState;
  /** The round's rules against what exists now; items gone since the start take no dots. */
  readonly rules: RoundRules;
  /** The rounds query `state` came from, so newer answers to votes can be told apart from it. */
  readonly freshness: QueryFreshness;
  readonly items: readonly WorkshopItem[];
  readonly participants: readonly Participant[];
  readonly quadrantName: (itemId: string) => string | null;
}

/**
 * Voting in the room, one participant at a time at the shared screen. The
 * shared rules decide what each button may do; only the current voter's
 * own dots are shown, the totals stay hidden until the reveal.
 */
export function ParticipantVoting({ state, freshness, rules, items, participants, quadrantName }: ParticipantVotingProps) {
  const { t } = useTranslation();
  const { show } = useToasts();
  const onError = useCallback((failure: unknown) => show({ tone: 'error', message: (t) => errorMessage(t, toApiFailure(failure)) }), [show]);
  const live = useLiveRound(state, freshness, onError);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<VoteRefusal | null>(null);
  const left = (participantId: string): number => dotsLeft(rules, live.dots, participantId);

  if (participants.length === 0) {
    return (
      <EmptyState>
        <p>{t('voting.noParticipants')}</p>
      </EmptyState>
    );
  }

  const voter = participants.find((p) => p.id === selectedId) ?? participants[0]!;
  const select = (participantId: string): void => {
    setSelectedId(participantId);
    setRefusal(null);
  };
  const next = (): void => {
    const at = participants.indexOf(voter);
    const order = [...participants.slice(at + 1), ...participants.slice(0, at + 1)];
    select((order.find((p) => left(p.id) > 0) ?? order[0]!).id);
  };
  const own = (itemId: string): number => live.dots.filter((d) => d.participantId === voter.id && d.itemId === itemId).length;
  const vote = (kind: 'cast' | 'retract', itemId: string): void => {
    setRefusal(null);
    void live.vote(kind, { participantId: voter.id, itemId });
  };

  return (
    <div className="participant-voting">
      <ParticipantPicker participants={participants} selectedId={voter.id} dotsLeft={left} onSelect={select} />
      <div className="participant-voting__status">
        <p className="participant-voting__voter" role="status">
          {refusal ? t(`errors.${refusal}`) : t('voting.voter.status', { name: voter.name, count: left(voter.id) })}
        </p>
        <button type="button" className="button" onClick={next}>
          {t('voting.voter.next')}
        </button>
      </div>
      <ul className="vote-grid" aria-label={t('voting.itemsLabel')}>
        {items.map((item) => {
          const dot = { participantId: voter.id, itemId: item.id };
          return (
            <VoteItemCard
              key={item.id}
              item={item}
              voterName={voter.name}
              own={own(item.id)}
              castRefusal={refuseDot(rules, live.dots, dot)}
              retractRefusal={refuseRetraction(rules, live.dots, dot)}
              quadrant={quadrantName(item.id)}
              onCast={() => vote('cast', item.id)}
              onRetract={() => vote('retract', item.id)}
              onRefused={setRefusal}
            />
          );
        })}
      </ul>
    </div>
  );
}
