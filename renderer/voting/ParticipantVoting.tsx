import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../shared/participant/schema';
import { dotsLeft, refuseDot, refuseRetraction, type RoundRules, type VoteRefusal } from '../../shared/voting/rules';
import type { RoundState } from '../../shared/voting/schema';
import { everyoneVoted, firstVoter, nextVoter } from '../../shared/voting/turns';
import type { QueryFreshness } from '../api/useQuery';
import { EmptyState } from '../common/EmptyState';
import { useErrorToast } from '../common/useErrorToast';
import type { WorkshopItem } from '../matrix/workshopItems';
import { ParticipantPicker } from './ParticipantPicker';
import { dotsOf } from './roundData';
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
  /** Shows the results: offered once every dot is placed. */
  readonly onReveal: () => void;
}

/** What the status line says besides the current voter's dots. */
type Notice = { readonly kind: 'refused'; readonly refusal: VoteRefusal } | { readonly kind: 'handedOver'; readonly from: string };

/**
 * Voting in the room, one participant at a time at the shared screen. The
 * shared rules decide what each button may do; only the current voter's
 * own dots are shown, the totals stay hidden until the reveal. The screen
 * hands over to the next participant with dots as soon as the last dot is
 * placed, so the room votes with one click per dot.
 */
export function ParticipantVoting({ state, freshness, rules, items, participants, quadrantName, onReveal }: ParticipantVotingProps) {
  const { t } = useTranslation();
  const live = useLiveRound(state, freshness, useErrorToast());
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const shownVoter = useRef<string | null>(null);
  const left = (participantId: string): number => dotsLeft(rules, live.dots, participantId);

  if (participants.length === 0) {
    return (
      <EmptyState>
        <p>{t('voting.noParticipants')}</p>
      </EmptyState>
    );
  }

  const ids = participants.map((p) => p.id);
  const voter = participants.find((p) => p.id === selectedId) ?? participants.find((p) => p.id === firstVoter(ids, left)) ?? participants[0]!;
  const done = everyoneVoted(ids, left);
  // eslint-disable-next-line react-hooks/refs -- read only in a vote's answer, after this render committed.
  shownVoter.current = voter.id;
  const select = (participantId: string, next: Notice | null = null): void => {
    setSelectedId(participantId);
    setNotice(next);
  };
  const moveOn = (): void => {
    const at = ids.indexOf(voter.id);
    select(nextVoter(ids, voter.id, left) ?? ids[(at + 1) % ids.length]!);
  };
  const own = (itemId: string): number => live.dots.filter((d) => d.participantId === voter.id && d.itemId === itemId).length;
  const vote = (kind: 'cast' | 'retract', itemId: string): void => {
    setNotice(null);
    const from = voter;
    // The dot just placed is not in `left` yet; the voter is skipped either way.
    const last = kind === 'cast' && left(from.id) === 1;
    const following = last ? nextVoter(ids, from.id, left) : null;
    if (following) select(following, { kind: 'handedOver', from: from.name });
    void live.vote(kind, { participantId: from.id, itemId }).then((answer) => {
      // The count on screen can lag the server for a moment (a refetch landing
      // mid-vote); the vote's own answer cannot, so a spent budget always hands over.
      if (last || kind !== 'cast' || !answer || shownVoter.current !== from.id) return;
      const answered = dotsOf(answer);
      const leftNow = (participantId: string): number => dotsLeft(rules, answered, participantId);
      const next = leftNow(from.id) === 0 ? nextVoter(ids, from.id, leftNow) : null;
      if (next) select(next, { kind: 'handedOver', from: from.name });
    });
  };
  const status =
    notice?.kind === 'refused' ? t(`errors.${notice.refusal}`)
    : done ? t('voting.allVoted.question')
    : notice?.kind === 'handedOver' ? t('voting.voter.handedOver', { from: notice.from, name: voter.name, count: left(voter.id) })
    : t('voting.voter.status', { name: voter.name, count: left(voter.id) });

  return (
    <div className="participant-voting">
      <ParticipantPicker participants={participants} selectedId={voter.id} dotsLeft={left} onSelect={(id) => select(id)} />
      <div className={done ? 'participant-voting__status participant-voting__status--done' : 'participant-voting__status'}>
        <p className="participant-voting__voter" role="status">
          {status}
        </p>
        {done ? (
          <button type="button" className="button button--primary" onClick={onReveal}>
            {t('voting.allVoted.reveal')}
          </button>
        ) : (
          <button type="button" className="button" onClick={moveOn}>
            {t('voting.voter.next')}
          </button>
        )}
      </div>
      <p className="participant-voting__keys">{t('voting.keysHint')}</p>
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
              onRefused={(refusal) => setNotice({ kind: 'refused', refusal })}
            />
          );
        })}
      </ul>
    </div>
  );
}
