import type { DeviceId, JoinStatus, JoinTicket, NetworkAddress } from '../../shared/join/schema';
import type { ParticipantId } from '../../shared/participant/schema';
import type { WorkshopId } from '../../shared/workshop/schema';

/** What the session knows of one joined device, for the participant methods. */
export interface JoinedDevice {
  readonly id: DeviceId;
  readonly workshopId: WorkshopId;
  readonly participantId: ParticipantId | null;
  readonly anonymous: boolean;
}

/**
 * The one joining session (at most one workshop at a time): its listener on
 * the room's network, the rotating join code and the devices that joined.
 * Kept in memory only, so every token dies with the session or the app.
 */
export interface Joining {
  interfaces(): NetworkAddress[];
  status(workshopId: WorkshopId): JoinStatus;
  /** The running session's status, whichever workshop it is for; null while none runs. */
  current(): JoinStatus | null;
  start(settings: { workshopId: WorkshopId; address: string; allowAnonymous: boolean }): Promise<JoinStatus>;
  stop(workshopId: WorkshopId): Promise<JoinStatus>;
  update(change: { workshopId: WorkshopId; locked?: boolean | undefined; allowAnonymous?: boolean | undefined }): JoinStatus;
  removeDevice(workshopId: WorkshopId, deviceId: DeviceId): JoinStatus;
  /** Trades a valid, unexpired join code for a new device and its token; refused while locked or off. */
  join(code: string, address: string): JoinTicket;
  /** The device behind a participant call, or undefined once removed or the session ended. */
  device(deviceId: DeviceId): JoinedDevice | undefined;
  /** Records who the device said it is (a listed or new participant, or anonymous with its own participant row). */
  identify(deviceId: DeviceId, participantId: ParticipantId, anonymous: boolean): void;
  /** The device whose participant this is, if another device holds it. */
  holderOf(workshopId: WorkshopId, participantId: ParticipantId): DeviceId | undefined;
  allowAnonymous(workshopId: WorkshopId): boolean;
  /** Forgets a device at its own request. */
  leave(deviceId: DeviceId): void;
  close(): Promise<void>;
}
