/**
 * Dots placed in the room should show at once and must count against the
 * budget at once, or a quick second click would pass the UI check and be
 * refused by the server. Each cast or retraction is laid over the round
 * while in flight; its answer (the whole round after the change) is then
 * shown until a newer answer to the round query arrives.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Dot } from '../../shared/voting/rules';
import type { RoundState } from '../../shared/voting/schema';
import type { ParticipantId } from '../../shared/participant/schema';
import { useApi } from '../api/ApiContext';
import { dotsOf } from './roundData';

interface PendingVote {
  readonly kind: 'cast' | 'retract';
  readonly dot: Dot;
}

export interface LiveRound {
  readonly dots: readonly Dot[];
  vote(kind: 'cast' | 'retract', dot: Dot): Promise<void>;
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

export function useLiveRound(server: RoundState, onError: (failure: unknown) => void): LiveRound {
  const api = useApi();
  const [held, setHeld] = useState<{ readonly state: RoundState; readonly against: RoundState } | null>(null);
  const [pending, setPending] = useState<readonly PendingVote[]>([]);
  const serverRef = useRef(server);
  const onErrorRef = useRef(onError);
  useEffect(() => {
    serverRef.current = server;
    onErrorRef.current = onError;
  });

  const base = held && held.against === server ? held.state : server;
  const dots = applyPending(dotsOf(base), pending);

  const vote = useCallback(
    async (kind: 'cast' | 'retract', dot: Dot) => {
      const entry: PendingVote = { kind, dot };
      setPending((list) => [...list, entry]);
      try {
        const input = { roundId: serverRef.current.round.id, participantId: dot.participantId as ParticipantId, itemId: dot.itemId };
        const state = await api.invoke(kind === 'cast' ? 'voting.cast' : 'voting.retract', input);
        setHeld({ state, against: serverRef.current });
      } catch (failure) {
        onErrorRef.current(failure);
      } finally {
        setPending((list) => list.filter((p) => p !== entry));
      }
    },
    [api],
  );

  return { dots, vote };
}
