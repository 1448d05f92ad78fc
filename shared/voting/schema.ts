import { z } from 'zod';
import { timestamp } from '../common/schema';
import { quadrants } from '../matrix/quadrant';
import { Huvudman, ParticipantId } from '../participant/schema';
import { WorkshopId } from '../workshop/schema';
import { DOTS_DEFAULT, DOTS_MAX, DOTS_MIN } from './rules';

export const RoundId = z.uuid().brand<'RoundId'>();
export type RoundId = z.infer<typeof RoundId>;

/** A votable or placeable item: a cluster, or a free note when the user includes those. */
export const ItemId = z.uuid();
export const ItemKind = z.enum(['cluster', 'note']);
export type ItemKind = z.infer<typeof ItemKind>;

export const RoundScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all-clusters') }).strict(),
  z.object({ kind: z.literal('quadrant'), quadrant: z.enum(quadrants) }).strict(),
  z.object({ kind: z.literal('selection'), itemIds: z.array(ItemId).min(1).max(500) }).strict(),
]);
export type RoundScope = z.infer<typeof RoundScope>;

export const RoundSettings = z.object({
  dotsPerParticipant: z.number().int().min(DOTS_MIN).max(DOTS_MAX).default(DOTS_DEFAULT),
  maxPerItem: z.number().int().min(1).max(DOTS_MAX).nullable().default(null),
  scope: RoundScope.default({ kind: 'all-clusters' }),
  anonymous: z.boolean().default(false),
  mode: z.enum(['participants', 'paper']).default('participants'),
}).strict();
export type RoundSettings = z.infer<typeof RoundSettings>;

export const Round = z.object({
  id: RoundId,
  workshopId: WorkshopId,
  number: z.number().int().positive(),
  status: z.enum(['open', 'closed']),
  mode: z.enum(['participants', 'paper']),
  dotsPerParticipant: z.number().int(),
  maxPerItem: z.number().int().nullable(),
  votableItemIds: z.array(z.string()),
  anonymous: z.boolean(),
  revealed: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Round = z.infer<typeof Round>;

/** One participant's dots in a round, per item. */
export const DotsPerItem = z.record(z.string(), z.number().int());
export type DotsPerItem = z.infer<typeof DotsPerItem>;

/**
 * What the facilitator's screen needs while a round runs; counts stay hidden
 * until revealed. Who put dots where is never in it: only how many each has
 * placed, which the room sees anyway ("x av y klara").
 */
export const RoundState = z.object({
  round: Round,
  /** Dots each participant holds in the round, wherever they are. */
  placedBy: z.record(z.string(), z.number().int()),
  /** Dots and paper counts on items that may still be voted on. */
  totalDots: z.number().int(),
  /** Of those, dots placed by a participant removed since (kept in closed rounds). */
  dotsFromRemoved: z.number().int(),
  /** null until the round is revealed. */
  results: z
    .array(
      z.object({
        itemId: z.string(),
        votes: z.number().int(),
        rank: z.number().int(),
        tied: z.boolean(),
        byHuvudman: z.record(Huvudman, z.number().int()),
      }),
    )
    .nullable(),
});
export type RoundState = z.infer<typeof RoundState>;

/** The round as one voter sees it at the shared screen: the round, and where that voter's own dots are. */
export const VoterRound = RoundState.extend({ participantId: ParticipantId, mine: DotsPerItem });
export type VoterRound = z.infer<typeof VoterRound>;

export const Dot = z.object({ roundId: RoundId, participantId: ParticipantId, itemId: ItemId }).strict();
