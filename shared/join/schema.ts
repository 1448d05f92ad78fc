import { z } from 'zod';
import { timestamp } from '../common/schema';
import { ParticipantId } from '../participant/schema';
import { WorkshopId } from '../workshop/schema';

/**
 * Joining a workshop from one's own device over the room's network. The
 * facilitator turns it on for one workshop; a phone trades the short-lived
 * join code (in the QR and as text) for its own random token.
 */

/** Six characters from an alphabet without look-alikes (no I, O, 0, 1), typed on a phone. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const JoinCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
export type JoinCode = z.infer<typeof JoinCode>;

export const DeviceId = z.uuid().brand<'DeviceId'>();
export type DeviceId = z.infer<typeof DeviceId>;

/** A network interface of this machine that phones could reach, with its IPv4 address. */
export const NetworkAddress = z.object({ name: z.string(), address: z.ipv4() });
export type NetworkAddress = z.infer<typeof NetworkAddress>;

/** One phone that has joined: who it said it is, and whether it is following the room now. */
export const Device = z.object({
  id: DeviceId,
  participantId: ParticipantId.nullable(),
  /** The participant's name, once the phone has picked or added one. */
  name: z.string().nullable(),
  anonymous: z.boolean(),
  joinedAt: timestamp,
  lastSeenAt: timestamp,
  /** Has an open event stream (the page is open). */
  connected: z.boolean(),
});
export type Device = z.infer<typeof Device>;

export const JoinStart = z
  .object({
    workshopId: WorkshopId,
    /** One of this machine's addresses; the app listens on it alone. */
    address: z.ipv4(),
    allowAnonymous: z.boolean().default(false),
  })
  .strict();

export const JoinUpdate = z
  .object({ workshopId: WorkshopId, locked: z.boolean().optional(), allowAnonymous: z.boolean().optional() })
  .strict();

export const JoinStatus = z.discriminatedUnion('on', [
  z.object({
    on: z.literal(false),
    workshopId: WorkshopId,
    /** Why the last session ended without the facilitator ending it; gone once joining is turned on again. */
    ended: z.object({ because: z.enum(['address_gone']), address: z.ipv4() }).optional(),
  }),
  z.object({
    on: z.literal(true),
    workshopId: WorkshopId,
    address: z.ipv4(),
    port: z.number().int(),
    /** The short address to type: `http://<address>:<port>/`. */
    url: z.string(),
    code: JoinCode,
    codeExpiresAt: timestamp,
    /** What the QR holds: `url` with the code after `#`, so the code never reaches a server log. */
    joinUrl: z.string(),
    /** No new device may join; those in stay. */
    locked: z.boolean(),
    allowAnonymous: z.boolean(),
    devices: z.array(Device),
    now: timestamp,
  }),
]);
export type JoinStatus = z.infer<typeof JoinStatus>;

/** What a phone keeps after trading a join code. */
export const JoinTicket = z.object({ token: z.string(), deviceId: DeviceId });
export type JoinTicket = z.infer<typeof JoinTicket>;
