import { z } from 'zod';
import { ClusterId, NoteId, NoteText } from '../board/schema';
import { ParticipantFields, ParticipantId } from '../participant/schema';
import { Room } from '../room/schema';
import { ItemId, RoundId } from '../voting/schema';
import { DeviceId } from '../join/schema';

/**
 * What a participant's own device sees and may do. Every method works on the
 * workshop and the identity its token belongs to; none names a workshop.
 */

export const PhoneNote = z.object({ id: NoteId, text: z.string(), faceDown: z.boolean() });
export type PhoneNote = z.infer<typeof PhoneNote>;

/** The board as the room sees it: notes of others written face down are left out, not blanked. */
export const PhoneBoard = z.object({
  clusters: z.array(z.object({ id: ClusterId, heading: z.string(), notes: z.array(z.string()) })),
  free: z.array(z.string()),
});
export type PhoneBoard = z.infer<typeof PhoneBoard>;

/** An open round as this participant votes in it: only their own dots, never anyone else's. */
export const PhoneRound = z.object({
  id: RoundId,
  number: z.number().int(),
  status: z.enum(['open', 'closed']),
  dotsPerParticipant: z.number().int(),
  maxPerItem: z.number().int().nullable(),
  /** label is '' for a note someone else keeps face down: the phone names it, not the server. */
  items: z.array(z.object({ id: ItemId, label: z.string() })),
  mine: z.record(z.string(), z.number().int()),
  remaining: z.number().int(),
});
export type PhoneRound = z.infer<typeof PhoneRound>;

export const PhoneResult = z.object({ itemId: ItemId, label: z.string(), votes: z.number().int(), rank: z.number().int(), tied: z.boolean() });
export type PhoneResult = z.infer<typeof PhoneResult>;

export const PhoneState = z.object({
  workshop: z.object({ title: z.string(), date: z.iso.date().nullable(), programme: z.string() }),
  room: Room,
  me: z.object({
    deviceId: DeviceId,
    participant: z.object({ id: ParticipantId, name: z.string() }).nullable(),
    anonymous: z.boolean(),
  }),
  /** Whom the phone may say it is, until it has: the workshop's participants, those taken by another device marked. */
  choices: z.array(z.object({ id: ParticipantId, name: z.string(), organisation: z.string(), taken: z.boolean() })),
  allowAnonymous: z.boolean(),
  myNotes: z.array(PhoneNote),
  /** null unless the facilitator shows the board. */
  board: PhoneBoard.nullable(),
  /** The round the room votes in now (participants' mode), or null. */
  round: PhoneRound.nullable(),
  /** The shown round's results once revealed, else null. */
  results: z.array(PhoneResult).nullable(),
});
export type PhoneState = z.infer<typeof PhoneState>;

export const PhoneIdentify = z.discriminatedUnion('as', [
  z.object({ as: z.literal('listed'), participantId: ParticipantId }).strict(),
  z.object({ as: z.literal('new'), fields: ParticipantFields.pick({ name: true, organisation: true, huvudman: true }).strict() }).strict(),
  z.object({ as: z.literal('anonymous') }).strict(),
]);
export type PhoneIdentify = z.infer<typeof PhoneIdentify>;

export const PhoneWrite = z.object({ text: NoteText }).strict();
export const PhoneEdit = z.object({ id: NoteId, text: NoteText }).strict();
export const PhoneVote = z.object({ roundId: RoundId, itemId: ItemId, change: z.enum(['add', 'remove']) }).strict();
