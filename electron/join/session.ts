import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { AppError } from '../../shared/api/errors';
import type { DeviceId, JoinTicket } from '../../shared/join/schema';
import type { ParticipantId } from '../../shared/participant/schema';
import type { WorkshopId } from '../../shared/workshop/schema';
import { JoinCodes, type RandomBytes } from './codes';
import type { JoinedDevice } from './joining';

const TOKEN_BYTES = 32;

/** What the session keeps of a device: never its token, only the token's hash. */
export interface DeviceRecord extends JoinedDevice {
  participantId: ParticipantId | null;
  anonymous: boolean;
  readonly joinedAt: string;
  lastSeenAt: string;
  /** Open event streams (pages open on the device). */
  streams: number;
}

/**
 * The hash a token is looked up by: a map lookup on it takes the same path
 * whatever the presented token shares with a real one, so timing tells an
 * attacker nothing about any token.
 */
function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/**
 * One workshop's joining session, in memory: the code, the lock and the
 * devices with their tokens. It knows nothing of the network or the bus.
 */
export class JoinSession {
  locked = false;
  readonly codes: JoinCodes;
  readonly #devices = new Map<DeviceId, DeviceRecord>();
  readonly #byToken = new Map<string, DeviceId>();

  constructor(
    readonly workshopId: WorkshopId,
    readonly address: string,
    public allowAnonymous: boolean,
    private readonly random: RandomBytes = randomBytes,
  ) {
    this.codes = new JoinCodes(random);
  }

  /** Trades a code for a new device; the token exists only in the answer. */
  admit(code: string, now: Date): JoinTicket {
    if (!this.codes.accepts(code, now.getTime())) throw new AppError('join_code_invalid', 'The join code is wrong or has expired');
    if (this.locked) throw new AppError('room_locked', 'The facilitator has locked the room');
    const token = this.random(TOKEN_BYTES).toString('base64url');
    const id = randomUUID() as DeviceId;
    const at = now.toISOString();
    this.#devices.set(id, { id, workshopId: this.workshopId, participantId: null, anonymous: false, joinedAt: at, lastSeenAt: at, streams: 0 });
    this.#byToken.set(tokenHash(token), id);
    return { token, deviceId: id };
  }

  /** The device a presented token belongs to, while it is in the session. */
  deviceOfToken(token: string): DeviceRecord | undefined {
    const id = this.#byToken.get(tokenHash(token));
    return id === undefined ? undefined : this.#devices.get(id);
  }

  device(id: DeviceId): DeviceRecord | undefined {
    return this.#devices.get(id);
  }

  get devices(): DeviceRecord[] {
    return [...this.#devices.values()];
  }

  /** Forgets a device and its token; false when it was not here. */
  remove(id: DeviceId): boolean {
    if (!this.#devices.delete(id)) return false;
    for (const [hash, deviceId] of this.#byToken) if (deviceId === id) this.#byToken.delete(hash);
    return true;
  }

  identify(id: DeviceId, participantId: ParticipantId, anonymous: boolean): void {
    const device = this.#devices.get(id);
    if (!device) throw new AppError('device_removed', 'This device is no longer part of the workshop');
    device.participantId = participantId;
    device.anonymous = anonymous;
  }

  holderOf(participantId: ParticipantId): DeviceId | undefined {
    return this.devices.find((device) => device.participantId === participantId)?.id;
  }
}
