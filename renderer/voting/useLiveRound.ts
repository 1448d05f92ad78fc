/**
 * Dots placed in the room should show at once and must count against the
 * budget at once, or a quick second click would pass the UI check and be
 * refused by the server. Each cast or retraction is laid over the round
 * while in flight; its answer (the round right after the change, with the
 * voter's own dots) is then shown until the queries have data they asked
 * for after that answer arrived (see liveView.ts for the rules).
 *
 * The rounds query tells only how many dots each participant holds; where
 * the current voter's dots are is asked for that voter alone
 * (voting.dotsOf), so no screen ever holds where everyone else put theirs.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { ParticipantId } from '../../shared/participant/schema';
import type { Dot } from '../../shared/voting/rules';
import type { RoundState, VoterRound } from '../../shared/voting/schema';
import { useApi } from '../api/ApiContext';
import { useQuery, type QueryFreshness } from '../api/useQuery';
import { laterAnswer, liveView, NO_FLIGHT, sendVote, settleVote, type Flight, type HeldAnswer, type LiveView, type PendingVote } from './liveView';

export interface LiveRound extends LiveView {
  /** Answers the round right after this vote, or null when it was refused. */
  vote(kind: 'cast' | 'retract', dot: Dot): Promise<VoterRound | null>;
}

export function useLiveRound(server: RoundState, freshness: QueryFreshness, voterId: string, onError: (failure: unknown) => void): LiveRound {
  const api = useApi();
  const roundId = server.round.id;
  const own = useQuery('voting.dotsOf', { roundId, participantId: voterId as ParticipantId });
  const [held, setHeld] = useState<HeldAnswer | null>(null);
  const [flight, setFlight] = useState<Flight>(NO_FLIGHT);
  const view = liveView({ data: server, requestedAt: freshness.requestedAt }, own, voterId, held, flight);

  const shown = useRef(view);
  const reloads = useRef([freshness.reload, own.reload]);
  const onErrorRef = useRef(onError);
  // Layout effect: a click is handled only after this ran, so a vote freezes what was on screen.
  useLayoutEffect(() => {
    shown.current = view;
    reloads.current = [freshness.reload, own.reload];
    onErrorRef.current = onError;
  });

  const vote = useCallback(
    async (kind: 'cast' | 'retract', dot: Dot) => {
      const entry: PendingVote = { kind, dot, sentAt: performance.now() };
      const onScreen = shown.current;
      setFlight((current) => sendVote(current, entry, onScreen));
      try {
        const input = { roundId, participantId: dot.participantId as ParticipantId, itemId: dot.itemId };
        const state = await api.invoke(kind === 'cast' ? 'voting.cast' : 'voting.retract', input);
        setHeld((current) => laterAnswer(current, { state, sentAt: entry.sentAt, receivedAt: performance.now() }));
        // The change event may have refetched before this answer came in; requests sent now are sure to be at least as new.
        for (const reload of reloads.current) reload();
        return state;
      } catch (failure) {
        onErrorRef.current(failure);
        return null;
      } finally {
        setFlight((current) => settleVote(current, entry));
      }
    },
    [api, roundId],
  );

  return { ...view, vote };
}
