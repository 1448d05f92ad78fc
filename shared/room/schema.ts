import { z } from 'zod';
import { timestamp } from '../common/schema';
import { ClusterId } from '../board/schema';
import { RoundId } from '../voting/schema';
import { WorkshopId } from '../workshop/schema';
import { TIMER_MAX_SECONDS, TIMER_MIN_SECONDS } from './timer';

/**
 * What the room's shared screen shows. It follows the facilitator's tab;
 * `welcome` stands for the tabs the room has no use for (participants).
 */
export const roomViews = ['welcome', 'board', 'matrix', 'voting', 'summary'] as const;
export const RoomView = z.enum(roomViews);
export type RoomView = z.infer<typeof RoomView>;

export const TimerPurpose = z.enum(['writing', 'dialogue']);
export type TimerPurpose = z.infer<typeof TimerPurpose>;

export const TimerSeconds = z.number().int().min(TIMER_MIN_SECONDS).max(TIMER_MAX_SECONDS);

/**
 * A countdown kept as its start instant rather than a ticking value, so every
 * screen (projector, phones) computes the same remaining time from one row
 * and nothing has to be written each second.
 */
export const Timer = z.object({
  purpose: TimerPurpose,
  durationSeconds: TimerSeconds,
  /** When it last started or resumed; null while paused. */
  runningSince: timestamp.nullable(),
  /** Seconds left at `runningSince` (or now, while paused). */
  remainingSeconds: z.number().min(0),
});
export type Timer = z.infer<typeof Timer>;

export const Room = z.object({
  workshopId: WorkshopId,
  view: RoomView,
  /** A cluster the board view zooms to, or the voting round shown. */
  clusterId: ClusterId.nullable(),
  roundId: RoundId.nullable(),
  /** New notes are written face down until the facilitator turns them over. */
  privateWriting: z.boolean(),
  timer: Timer.nullable(),
  /** The server's clock when this was read: screens on other machines correct their own by it. */
  now: timestamp,
});
export type Room = z.infer<typeof Room>;

export const RoomShow = z
  .object({
    workshopId: WorkshopId,
    view: RoomView,
    clusterId: ClusterId.nullable().optional(),
    roundId: RoundId.nullable().optional(),
  })
  .strict();

export const TimerAction = z.discriminatedUnion('action', [
  z.object({ action: z.literal('start'), purpose: TimerPurpose, durationSeconds: TimerSeconds }).strict(),
  z.object({ action: z.literal('pause') }).strict(),
  z.object({ action: z.literal('resume') }).strict(),
  z.object({ action: z.literal('add'), seconds: z.number().int().min(-TIMER_MAX_SECONDS).max(TIMER_MAX_SECONDS) }).strict(),
  z.object({ action: z.literal('clear') }).strict(),
]);
export type TimerAction = z.infer<typeof TimerAction>;
