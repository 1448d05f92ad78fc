/**
 * Who is at the shared screen: the participant picked last, else the first
 * with dots left. The choice lives in state and what the screen shows is
 * noted after each commit, so a vote's late answer can tell whether its
 * voter is still the one on screen without render writing to a ref.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { Participant } from '../../shared/participant/schema';
import type { VoteRefusal } from '../../shared/voting/rules';
import { firstVoter } from '../../shared/voting/turns';

/** What the status line says besides the current voter's dots. */
export type Notice = { readonly kind: 'refused'; readonly refusal: VoteRefusal } | { readonly kind: 'handedOver'; readonly from: string };

export interface VoterTurn {
  readonly voter: Participant;
  readonly notice: Notice | null;
  select(participantId: string, notice?: Notice | null): void;
  setNotice(notice: Notice | null): void;
  /** Whether the screen shows this voter now; for a vote's answer, not for render. */
  isShown(participantId: string): boolean;
}

/** `participants` is never empty; `dotsLeft` picks the first voter when nobody was picked. */
export function useVoterTurn(participants: readonly Participant[], dotsLeft: (participantId: string) => number): VoterTurn {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const ids = participants.map((p) => p.id);
  const voter = participants.find((p) => p.id === selectedId) ?? participants.find((p) => p.id === firstVoter(ids, dotsLeft)) ?? participants[0]!;
  const shown = useRef(voter.id);
  useLayoutEffect(() => {
    shown.current = voter.id;
  });
  const select = useCallback((participantId: string, next: Notice | null = null): void => {
    setSelectedId(participantId);
    setNotice(next);
  }, []);
  const isShown = useCallback((participantId: string) => shown.current === participantId, []);
  return { voter, notice, select, setNotice, isShown };
}
