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

/** What the facilitator's screen needs while a round runs; counts stay hidden until revealed. */
export const RoundState = z.object({
  round: Round,
  /** Dots each participant has placed, per item: shown to the person voting. */
  dotsByParticipant: z.record(z.string(), z.record(z.string(), z.number().int())),
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

export const Dot = z.object({ roundId: RoundId, participantId: ParticipantId, itemId: ItemId }).strict();
