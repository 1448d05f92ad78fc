import { useTranslation } from 'react-i18next';
import type { Participant } from '../../shared/participant/schema';
import { refuseDot, refuseRetraction, type RoundRules } from '../../shared/voting/rules';
import type { RoundState } from '../../shared/voting/schema';
import { everyoneVoted, nextVoter } from '../../shared/voting/turns';
import type { QueryFreshness } from '../api/useQuery';
import { EmptyState } from '../common/EmptyState';
import { useErrorToast } from '../common/useErrorToast';
import type { WorkshopItem } from '../matrix/workshopItems';
import { ParticipantPicker } from './ParticipantPicker';
import { dotsFrom } from './liveView';
import { leftOf } from './roundData';
import { useLiveRound } from './useLiveRound';
import { useVoterTurn } from './useVoterTurn';
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

/**
 * Voting in the room, one participant at a time at the shared screen. The
 * shared rules decide what each button may do; only the current voter's
 * own dots are shown (and asked for), the totals stay hidden until the
 * reveal. The screen hands over to the next participant with dots as soon
 * as the last dot is placed, so the room votes with one click per dot.
 */
export function ParticipantVoting(props: ParticipantVotingProps) {
  const { t } = useTranslation();
  if (props.participants.length === 0) {
    return (
      <EmptyState>
        <p>{t('voting.noParticipants')}</p>
      </EmptyState>
    );
  }
  return <VotingAtScreen {...props} />;
}

function VotingAtScreen({ state, freshness, rules, items, participants, quadrantName, onReveal }: ParticipantVotingProps) {
  const { t } = useTranslation();
  const turn = useVoterTurn(participants, (id) => leftOf(state.round, state.placedBy, id));
  const { voter, notice, select, setNotice } = turn;
  const live = useLiveRound(state, freshness, voter.id, useErrorToast());
  const left = (participantId: string): number => leftOf(state.round, live.placedBy, participantId);
  const ids = participants.map((p) => p.id);
  const done = everyoneVoted(ids, left);
  const mine = live.mine ? dotsFrom(voter.id, live.mine) : null;

  const moveOn = (): void => {
    const at = ids.indexOf(voter.id);
    select(nextVoter(ids, voter.id, left) ?? ids[(at + 1) % ids.length]!);
  };
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
      if (last || kind !== 'cast' || !answer || !turn.isShown(from.id)) return;
      const leftNow = (participantId: string): number => leftOf(answer.round, answer.placedBy, participantId);
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
      <ul className="vote-grid" aria-label={t('voting.itemsLabel')} aria-busy={mine === null || undefined}>
        {items.map((item) => {
          const dot = { participantId: voter.id, itemId: item.id };
          return (
            <VoteItemCard
              key={item.id}
              item={item}
              voterName={voter.name}
              own={live.mine?.[item.id] ?? 0}
              waiting={mine === null}
              castRefusal={mine && refuseDot(rules, mine, dot)}
              retractRefusal={mine && refuseRetraction(rules, mine, dot)}
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
