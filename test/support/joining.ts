import { randomUUID } from 'node:crypto';
import type { DeviceId, JoinStatus, JoinTicket, NetworkAddress } from '../../shared/join/schema';
import type { ParticipantId } from '../../shared/participant/schema';
import type { WorkshopId } from '../../shared/workshop/schema';
import type { JoinedDevice, Joining } from '../../electron/join/joining';

const notInFake = (what: string): never => {
  throw new Error(`FakeJoining does not ${what}; the phone handlers never need it`);
};

/**
 * The session as the phone handlers see it, without a listener or codes:
 * a test admits devices directly and removes them, as join.removeDevice would.
 */
export class FakeJoining implements Joining {
  readonly #devices = new Map<DeviceId, JoinedDevice>();
  readonly #anonymousAllowed = new Set<WorkshopId>();

  admit(workshopId: string): DeviceId {
    const id = randomUUID() as DeviceId;
    this.#devices.set(id, { id, workshopId: workshopId as WorkshopId, participantId: null, anonymous: false });
    return id;
  }

  setAllowAnonymous(workshopId: string, allowed: boolean): void {
    if (allowed) this.#anonymousAllowed.add(workshopId as WorkshopId);
    else this.#anonymousAllowed.delete(workshopId as WorkshopId);
  }

  interfaces(): NetworkAddress[] {
    return notInFake('list interfaces');
  }
  status(): JoinStatus {
    return notInFake('report status');
  }
  current(): JoinStatus | null {
    return notInFake('report status');
  }
  start(): Promise<JoinStatus> {
    return notInFake('listen');
  }
  stop(): Promise<JoinStatus> {
    return notInFake('listen');
  }
  update(): JoinStatus {
    return notInFake('lock');
  }
  removeDevice(workshopId: WorkshopId, deviceId: DeviceId): JoinStatus {
    this.#devices.delete(deviceId);
    return { on: false, workshopId: workshopId };
  }
  join(): JoinTicket {
    return notInFake('trade codes');
  }
  device(deviceId: DeviceId): JoinedDevice | undefined {
    return this.#devices.get(deviceId);
  }
  identify(deviceId: DeviceId, participantId: ParticipantId, anonymous: boolean): void {
    const device = this.#devices.get(deviceId);
    if (device) this.#devices.set(deviceId, { ...device, participantId, anonymous });
  }
  holderOf(workshopId: WorkshopId, participantId: ParticipantId): DeviceId | undefined {
    return [...this.#devices.values()].find((d) => d.workshopId === workshopId && d.participantId === participantId)?.id;
  }
  allowAnonymous(workshopId: WorkshopId): boolean {
    return this.#anonymousAllowed.has(workshopId);
  }
  leave(deviceId: DeviceId): void {
    this.#devices.delete(deviceId);
  }
  close(): Promise<void> {
    this.#devices.clear();
    return Promise.resolve();
  }
}
