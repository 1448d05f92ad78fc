/**
 * What the voting screen shows while votes are in flight, as pure functions
 * of what it has heard: the rounds query (dots placed per participant), the
 * query for the current voter's own dots, the latest vote answer, and the
 * votes not answered yet.
 *
 * A query sent while a vote is in flight may or may not include that vote,
 * so for a participant with votes in flight the screen keeps what it showed
 * when the first of them went out (frozen) and lays the votes over that,
 * until an answer to a vote sent since then says where things stand. Vote
 * answers are trusted to include every vote sent before them: the server
 * handles one page's votes in the order they were sent.
 */
import type { Dot } from '../../shared/voting/rules';
import type { DotsPerItem, RoundState, VoterRound } from '../../shared/voting/schema';

export interface PendingVote {
  readonly kind: 'cast' | 'retract';
  readonly dot: Dot;
  /** performance.now() when it was sent. */
  readonly sentAt: number;
}

/** A vote's answer: the round right after that vote, with that voter's own dots. */
export interface HeldAnswer {
  readonly state: VoterRound;
  /** performance.now() when the vote was sent and when its answer arrived. */
  readonly sentAt: number;
  readonly receivedAt: number;
}

/** One participant as shown when the first of their votes in flight was sent. */
export interface Frozen {
  readonly since: number;
  readonly placed: number;
  /** Their own dots, when they were the voter on screen (they always are when they vote). */
  readonly mine: DotsPerItem | null;
}

export interface Flight {
  readonly pending: readonly PendingVote[];
  /** Per participant with a vote in flight. */
  readonly frozen: Readonly<Record<string, Frozen>>;
}

export const NO_FLIGHT: Flight = { pending: [], frozen: {} };

/** A query's data and when it was asked for. */
export interface Fetched<T> {
  readonly data: T | undefined;
  readonly requestedAt: number | undefined;
}

export interface LiveView {
  /** Dots each participant holds, votes in flight included. */
  readonly placedBy: Readonly<Record<string, number>>;
  /** The voter's own dots per item, votes in flight included; null until known. */
  readonly mine: DotsPerItem | null;
}

/** The query's data only once it was asked for after the held answer came in; until then the answer is newer. */
export function newestRound<T>(queried: T, requestedAt: number | undefined, held: { readonly state: T; readonly receivedAt: number } | null): T {
  return held !== null && (requestedAt === undefined || requestedAt < held.receivedAt) ? held.state : queried;
}

/** Of two answers, the one to the vote sent last. */
export function laterAnswer(current: HeldAnswer | null, next: HeldAnswer): HeldAnswer {
  return current !== null && current.sentAt > next.sentAt ? current : next;
}

const step = (vote: PendingVote): number => (vote.kind === 'cast' ? 1 : -1);

function withVotes(dots: DotsPerItem, votes: readonly PendingVote[]): DotsPerItem {
  const result = { ...dots };
  for (const vote of votes) {
    const count = (result[vote.dot.itemId] ?? 0) + step(vote);
    if (count > 0) result[vote.dot.itemId] = count;
    else delete result[vote.dot.itemId];
  }
  return result;
}

/** The voter's own dots as settled, from their query or a vote answer for them, whichever is newer. */
function settledMine(voter: Fetched<VoterRound>, voterId: string, held: HeldAnswer | null, placed: number): DotsPerItem | null {
  const queried = voter.data?.participantId === voterId ? voter.data : undefined;
  const answer = held?.state.participantId === voterId ? held : null;
  if (queried) return newestRound(queried, voter.requestedAt, answer).mine;
  if (answer) return answer.state.mine;
  // Nobody with no dots needs asking where they are.
  return placed === 0 ? {} : null;
}

export function liveView(round: Fetched<RoundState> & { readonly data: RoundState }, voter: Fetched<VoterRound>, voterId: string, held: HeldAnswer | null, flight: Flight): LiveView {
  const placedBy: Record<string, number> = { ...newestRound(round.data, round.requestedAt, held).placedBy };
  let mine = settledMine(voter, voterId, held, placedBy[voterId] ?? 0);
  for (const [participantId, frozen] of Object.entries(flight.frozen)) {
    const fromAnswer = held !== null && held.sentAt >= frozen.since;
    const after = (cut: number) => flight.pending.filter((p) => p.dot.participantId === participantId && p.sentAt > cut);
    const cut = fromAnswer ? held.sentAt : -Infinity;
    placedBy[participantId] = (fromAnswer ? (held.state.placedBy[participantId] ?? 0) : frozen.placed) + after(cut).reduce((sum, p) => sum + step(p), 0);
    if (participantId !== voterId) continue;
    const answered = fromAnswer && held.state.participantId === participantId;
    const base = answered ? held.state.mine : frozen.mine;
    mine = base ? withVotes(base, after(answered ? held.sentAt : -Infinity)) : null;
  }
  return { placedBy, mine };
}

/** A vote is going out: freeze its voter as shown, unless a vote of theirs is already in flight. */
export function sendVote(flight: Flight, vote: PendingVote, shown: LiveView): Flight {
  const id = vote.dot.participantId;
  const frozen = flight.frozen[id] ?? { since: vote.sentAt, placed: shown.placedBy[id] ?? 0, mine: shown.mine };
  return { pending: [...flight.pending, vote], frozen: { ...flight.frozen, [id]: frozen } };
}

/** A vote was answered or refused: its voter thaws once none of their votes is in flight. */
export function settleVote(flight: Flight, vote: PendingVote): Flight {
  const pending = flight.pending.filter((p) => p !== vote);
  const id = vote.dot.participantId;
  if (pending.some((p) => p.dot.participantId === id)) return { pending, frozen: flight.frozen };
  return { pending, frozen: Object.fromEntries(Object.entries(flight.frozen).filter(([participantId]) => participantId !== id)) };
}

/** The voter's dots as the shared rules take them. */
export function dotsFrom(participantId: string, mine: DotsPerItem): Dot[] {
  return Object.entries(mine).flatMap(([itemId, count]) => Array.from({ length: count }, () => ({ participantId, itemId })));
}
