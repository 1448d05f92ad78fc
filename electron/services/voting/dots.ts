import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/errors';
import { refuseDot, refuseRetraction, type Dot, type VoteRefusal } from '../../../shared/voting/rules';
import type { Round } from '../../../shared/voting/schema';
import type { Tx } from '../../storage/transaction';
import { rowInWorkshop } from '../board/rows';
import { readDots, readRound, rulesNow } from './state';

const REFUSAL_MESSAGES: Readonly<Record<VoteRefusal, string>> = {
  round_closed: 'The voting round is closed',
  not_votable: 'That item is not part of this round',
  item_gone: 'That item is no longer on the board to vote on; it may have been dissolved, merged or moved into a cluster',
  vote_budget_exceeded: 'The participant has no dots left',
  vote_cap_exceeded: 'The participant has reached the most dots allowed on one item',
  no_dot_to_retract: 'The participant has no dot on that item to take back',
};

export function voteRefused(refusal: VoteRefusal, details: Readonly<Record<string, unknown>>): AppError {
  return new AppError(refusal, REFUSAL_MESSAGES[refusal], details);
}

export function requireMode(tx: Tx, roundId: string, mode: 'participants' | 'paper'): Round {
  const round = readRound(tx.db, roundId);
  if (round.mode !== mode) throw new AppError('wrong_round_mode', `This round is counted in ${round.mode} mode`, { mode: round.mode });
  return round;
}

interface DotIn extends Dot {
  readonly roundId: string;
}

/**
 * One dot placed by one participant, for the facilitator's screens and a
 * participant's phone alike, through the shared rules (budget, cap, open).
 */
export function castDot(tx: Tx, { roundId, participantId, itemId }: DotIn): void {
  const round = requireMode(tx, roundId, 'participants');
  rowInWorkshop(tx.db, 'participant', participantId, round.workshopId);
  const refusal = refuseDot(rulesNow(tx.db, round), readDots(tx.db, roundId), { participantId, itemId });
  if (refusal) throw voteRefused(refusal, { participantId, itemId });
  tx.insert('vote', { id: randomUUID(), round_id: roundId, participant_id: participantId, item_id: itemId, created_at: tx.now });
}

/** Takes back the participant's latest dot on the item. */
export function retractDot(tx: Tx, { roundId, participantId, itemId }: DotIn): void {
  const round = requireMode(tx, roundId, 'participants');
  const refusal = refuseRetraction(rulesNow(tx.db, round), readDots(tx.db, roundId), { participantId, itemId });
  if (refusal) throw voteRefused(refusal, { participantId, itemId });
  const id = tx.db
    .prepare('SELECT id FROM vote WHERE round_id = ? AND participant_id = ? AND item_id = ? ORDER BY rowid DESC LIMIT 1')
    .pluck()
    .get(roundId, participantId, itemId) as string;
  tx.remove('vote', id);
}
