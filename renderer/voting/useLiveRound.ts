/**
 * Dots placed in the room should show at once and must count against the
 * budget at once, or a quick second click would pass the UI check and be
 * refused by the server. Each cast or retraction is laid over the round
 * while in flight; its answer (the whole round after the change) is then
 * shown until the round query has data it asked for after that answer
 * arrived. Newer is decided by when the query was sent, not by which answer
 * arrived last: a refetch sent before a vote can land after the vote's own
 * answer, and showing it would take the dot off the screen again and let a
 * spent budget be clicked once more.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Dot } from '../../shared/voting/rules';
import type { RoundState } from '../../shared/voting/schema';
import type { ParticipantId } from '../../shared/participant/schema';
import { useApi } from '../api/ApiContext';
import type { QueryFreshness } from '../api/useQuery';
import { dotsOf } from './roundData';

interface PendingVote {
  readonly kind: 'cast' | 'retract';
  readonly dot: Dot;
}

/** A vote's answer: the round right after that vote. */
export interface HeldAnswer {
  readonly state: RoundState;
  /** performance.now() when the vote was sent and when its answer arrived. */
  readonly sentAt: number;
  readonly receivedAt: number;
}

export interface LiveRound {
  readonly dots: readonly Dot[];
  /** Answers the round right after this vote, or null when it was refused. */
  vote(kind: 'cast' | 'retract', dot: Dot): Promise<RoundState | null>;
}

function applyPending(dots: readonly Dot[], pending: readonly PendingVote[]): Dot[] {
  const result = [...dots];
  for (const { kind, dot } of pending) {
    if (kind === 'cast') result.push(dot);
    else {
      const index = result.findIndex((d) => d.participantId === dot.participantId && d.itemId === dot.itemId);
      if (index >= 0) result.splice(index, 1);
    }
  }
  return result;
}

/** The query's round only once it was asked for after the held answer came in; until then the answer is newer. */
export function newestRound(queried: RoundState, requestedAt: number | undefined, held: HeldAnswer | null): RoundState {
  return held !== null && (requestedAt === undefined || requestedAt < held.receivedAt) ? held.state : queried;
}

/** Of two answers, the one to the vote sent last: the server handles one page's votes in the order they were sent. */
export function laterAnswer(current: HeldAnswer | null, next: HeldAnswer): HeldAnswer {
  return current !== null && current.sentAt > next.sentAt ? current : next;
}

export function useLiveRound(server: RoundState, freshness: QueryFreshness, onError: (failure: unknown) => void): LiveRound {
  const api = useApi();
  const [held, setHeld] = useState<HeldAnswer | null>(null);
  const [pending, setPending] = useState<readonly PendingVote[]>([]);
  const roundId = server.round.id;
  const reloadRef = useRef(freshness.reload);
  const onErrorRef = useRef(onError);
  useEffect(() => {
    reloadRef.current = freshness.reload;
    onErrorRef.current = onError;
  });

  const dots = applyPending(dotsOf(newestRound(server, freshness.requestedAt, held)), pending);

  const vote = useCallback(
    async (kind: 'cast' | 'retract', dot: Dot) => {
      const entry: PendingVote = { kind, dot };
      setPending((list) => [...list, entry]);
      try {
        const sentAt = performance.now();
        const input = { roundId, participantId: dot.participantId as ParticipantId, itemId: dot.itemId };
        const state = await api.invoke(kind === 'cast' ? 'voting.cast' : 'voting.retract', input);
        setHeld((current) => laterAnswer(current, { state, sentAt, receivedAt: performance.now() }));
        // The change event may have refetched the round before this answer
        // came in; one request sent now is sure to be at least as new.
        reloadRef.current();
        return state;
      } catch (failure) {
        onErrorRef.current(failure);
        return null;
      } finally {
        setPending((list) => list.filter((p) => p !== entry));
      }
    },
    [api, roundId],
  );

  return { dots, vote };
}
