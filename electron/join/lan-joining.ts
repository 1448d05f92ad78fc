/**
 * The joining session and its listener, as the services see it (Joining).
 * One session at a time, in memory: starting one for another workshop, a
 * stop, deleting the workshop (by any path: delete, undo, restore) or
 * closing the app end it, and every token with it.
 */
import { randomBytes } from 'node:crypto';
import type { ChangeEvent } from '../../shared/api/contract';
import { AppError, type ApiResult } from '../../shared/api/errors';
import type { DeviceId, JoinStatus, JoinTicket, NetworkAddress } from '../../shared/join/schema';
import type { ParticipantId } from '../../shared/participant/schema';
import type { WorkshopId } from '../../shared/workshop/schema';
import type { Actor } from '../api/actor';
import type { Dispatch } from '../api/dispatcher';
import type { ChangeBus } from '../api/events';
import type { RandomBytes } from './codes';
import { isOwnAddress, machineNetwork, roomAddresses, type MachineNetwork } from './interfaces';
import type { JoinedDevice, Joining } from './joining';
import { startLanServer, type LanServer, type PhoneBundle } from './lan-server';
import { RateLimiter } from './rate-limit';
import { JoinSession } from './session';

/** Ten joins a minute from one address: a room behind one NAT still joins, guessing codes does not pay. */
export const JOIN_LIMIT = { burst: 10, refillMs: 6_000 };
/** Roomy enough for ten notes typed in a few seconds, and a steady five calls a second after. */
export const WRITE_LIMIT = { burst: 30, refillMs: 200 };

/** A phone's reads are not limited: it refetches its state after every change in the room. */
const READS: ReadonlySet<string> = new Set(['phone.state']);

/** Status changes a phone's screen does not depend on; they are not sent down phones' event streams. */
const FACILITATOR_ONLY: ReadonlySet<string> = new Set(['join.joined', 'join.connected']);

/** What the session reads from the database. */
export interface JoinRoom {
  workshopExists(workshopId: WorkshopId): boolean;
  participantName(participantId: ParticipantId): string | null;
}

export interface LanJoiningOptions {
  /** Late-bound: the dispatcher is built with this Joining in its context. */
  readonly dispatch: () => Dispatch;
  readonly events: ChangeBus;
  readonly room: JoinRoom;
  readonly phone?: PhoneBundle | undefined;
  readonly clock?: () => Date;
  readonly random?: RandomBytes;
  /** The machine's own unless a test stands in, dropping an address when it likes. */
  readonly network?: MachineNetwork;
}

interface Running {
  readonly session: JoinSession;
  readonly server: LanServer;
  /** Stops the check that the session's address is still this machine's. */
  readonly stopWatching: () => void;
}

/** Why a session ended that the facilitator did not end, kept until joining is turned on again. */
interface Ended {
  readonly workshopId: WorkshopId;
  readonly because: 'address_gone';
  readonly address: string;
}

export class LanJoining implements Joining {
  #running: Running | undefined;
  #ended: Ended | undefined;
  #closed = false;
  #queue: Promise<unknown> = Promise.resolve();
  readonly #joins = new RateLimiter(JOIN_LIMIT.burst, JOIN_LIMIT.refillMs);
  readonly #writes = new RateLimiter(WRITE_LIMIT.burst, WRITE_LIMIT.refillMs);
  readonly #clock: () => Date;
  readonly #random: RandomBytes;
  readonly #network: MachineNetwork;
  readonly #unsubscribe: () => void;

  constructor(private readonly options: LanJoiningOptions) {
    this.#clock = options.clock ?? (() => new Date());
    this.#random = options.random ?? randomBytes;
    this.#network = options.network ?? machineNetwork;
    this.#unsubscribe = options.events.subscribe((event) => this.#endIfWorkshopGone(event));
  }

  interfaces(): NetworkAddress[] {
    return roomAddresses(this.#network.interfaces());
  }

  status(workshopId: WorkshopId): JoinStatus {
    const running = this.#running;
    if (running?.session.workshopId !== workshopId) {
      const ended = this.#ended?.workshopId === workshopId ? this.#ended : undefined;
      return ended ? { on: false, workshopId, ended: { because: ended.because, address: ended.address } } : { on: false, workshopId };
    }
    const { session, server } = running;
    const now = this.#clock();
    const { code, expiresAt } = session.codes.current(now.getTime());
    const url = `http://${session.address}:${server.port}/`;
    return {
      on: true,
      workshopId,
      address: session.address,
      port: server.port,
      url,
      code,
      codeExpiresAt: new Date(expiresAt).toISOString(),
      joinUrl: `${url}#${code}`,
      locked: session.locked,
      allowAnonymous: session.allowAnonymous,
      devices: session.devices.map((device) => ({
        id: device.id,
        participantId: device.participantId,
        name: device.participantId === null ? null : this.options.room.participantName(device.participantId),
        anonymous: device.anonymous,
        joinedAt: device.joinedAt,
        lastSeenAt: device.lastSeenAt,
        connected: device.streams > 0,
      })),
      now: now.toISOString(),
    };
  }

  current(): JoinStatus | null {
    const workshopId = this.#running?.session.workshopId;
    return workshopId === undefined ? null : this.status(workshopId);
  }

  start(settings: { workshopId: WorkshopId; address: string; allowAnonymous: boolean }): Promise<JoinStatus> {
    return this.#serially(async () => {
      const { workshopId, address, allowAnonymous } = settings;
      if (!this.options.room.workshopExists(workshopId)) throw new AppError('not_found', `No workshop with id ${workshopId}`, { entity: 'workshop', id: workshopId });
      if (!isOwnAddress(address, this.#network.interfaces())) throw new AppError('address_unavailable', `${address} is not an address of this computer now`, { address });
      const running = this.#running;
      // Starting again where it already runs keeps the devices in (a second click, a reopened panel).
      if (running?.session.workshopId === workshopId && running.session.address === address) {
        this.#ended = undefined;
        running.session.allowAnonymous = allowAnonymous;
        this.#announce('join.start', workshopId);
        return this.status(workshopId);
      }
      if (running) this.#end();
      const session = new JoinSession(workshopId, address, allowAnonymous, this.#random);
      const server = await this.#listen(session);
      if (this.#closed) {
        await server.close();
        throw new AppError('join_off', 'The app is closing');
      }
      this.#ended = undefined;
      const stopWatching = this.#network.repeat(() => this.#endIfAddressGone(session));
      this.#running = { session, server, stopWatching };
      this.#announce('join.start', workshopId);
      return this.status(workshopId);
    });
  }

  stop(workshopId: WorkshopId): Promise<JoinStatus> {
    return this.#serially(() => {
      if (this.#running?.session.workshopId === workshopId) this.#end();
      return Promise.resolve(this.status(workshopId));
    });
  }

  update(change: { workshopId: WorkshopId; locked?: boolean | undefined; allowAnonymous?: boolean | undefined }): JoinStatus {
    const { session } = this.#runningFor(change.workshopId);
    if (change.locked !== undefined) session.locked = change.locked;
    if (change.allowAnonymous !== undefined) session.allowAnonymous = change.allowAnonymous;
    this.#announce('join.update', change.workshopId);
    return this.status(change.workshopId);
  }

  removeDevice(workshopId: WorkshopId, deviceId: DeviceId): JoinStatus {
    const running = this.#runningFor(workshopId);
    if (!this.#forget(running, deviceId)) throw new AppError('not_found', 'No such device in this session', { entity: 'device', id: deviceId });
    this.#announce('join.removeDevice', workshopId);
    return this.status(workshopId);
  }

  join(code: string, address: string): JoinTicket {
    const now = this.#clock();
    if (!this.#joins.take(address, now.getTime())) throw new AppError('rate_limited', 'Too many join attempts; wait a minute');
    const running = this.#running;
    if (!running) throw new AppError('join_off', 'Joining is not on');
    const ticket = running.session.admit(code, now);
    this.#announce('join.joined', running.session.workshopId);
    return ticket;
  }

  device(deviceId: DeviceId): JoinedDevice | undefined {
    const device = this.#running?.session.device(deviceId);
    return device && { id: device.id, workshopId: device.workshopId, participantId: device.participantId, anonymous: device.anonymous };
  }

  identify(deviceId: DeviceId, participantId: ParticipantId, anonymous: boolean): void {
    const running = this.#running;
    if (!running) throw new AppError('device_removed', 'This device is no longer part of the workshop');
    running.session.identify(deviceId, participantId, anonymous);
    this.#announce('join.identify', running.session.workshopId);
  }

  holderOf(workshopId: WorkshopId, participantId: ParticipantId): DeviceId | undefined {
    const session = this.#running?.session;
    return session?.workshopId === workshopId ? session.holderOf(participantId) : undefined;
  }

  allowAnonymous(workshopId: WorkshopId): boolean {
    const session = this.#running?.session;
    return session?.workshopId === workshopId && session.allowAnonymous;
  }

  leave(deviceId: DeviceId): void {
    const running = this.#running;
    if (running && this.#forget(running, deviceId)) this.#announce('join.leave', running.session.workshopId);
  }

  /** Ends the session for good (the app is closing); the listener is already down for new requests when this returns. */
  close(): Promise<void> {
    this.#closed = true;
    this.#unsubscribe();
    return this.#end();
  }

  #listen(session: JoinSession): Promise<LanServer> {
    return startLanServer({
      address: session.address,
      phone: this.options.phone,
      deviceOf: (token) => {
        // Only this session's devices: a token of an ended session is unknown here.
        if (this.#running?.session !== session) return undefined;
        const device = session.deviceOfToken(token);
        if (device) device.lastSeenAt = this.#clock().toISOString();
        return device;
      },
      call: (method, input, actor) => this.#call(method, input, actor),
      onChange: (listener) =>
        this.options.events.subscribe((event) => {
          if (!FACILITATOR_ONLY.has(event.method)) listener(event);
        }),
      onStream: (deviceId, change) => {
        const device = session.device(deviceId);
        if (!device) return;
        const wasConnected = device.streams > 0;
        device.streams += change;
        if (wasConnected !== device.streams > 0 && this.#running?.session === session) this.#announce('join.connected', session.workshopId);
      },
    });
  }

  #call(method: string, input: unknown, actor: Actor): Promise<ApiResult<unknown>> {
    if (actor.kind === 'participant' && !READS.has(method) && !this.#writes.take(actor.deviceId, this.#clock().getTime())) {
      return Promise.resolve({ ok: false, error: new AppError('rate_limited', 'Too many changes at once; wait a moment').toApiError() });
    }
    return this.options.dispatch()(method, input, undefined, actor);
  }

  #runningFor(workshopId: WorkshopId): Running {
    const running = this.#running;
    if (running?.session.workshopId !== workshopId) throw new AppError('join_off', 'Joining is not on for this workshop');
    return running;
  }

  #forget(running: Running, deviceId: DeviceId): boolean {
    if (!running.session.remove(deviceId)) return false;
    running.server.endDevice(deviceId);
    return true;
  }

  /** Ends the running session at once (no new request gets through); resolves once the listener is closed. */
  #end(announcement = 'join.stop'): Promise<void> {
    const running = this.#running;
    if (!running) return Promise.resolve();
    this.#running = undefined;
    running.stopWatching();
    const closing = running.server.close();
    this.#announce(announcement, running.session.workshopId);
    return closing;
  }

  /**
   * The laptop left the network (Wi-Fi off, hotspot gone): no phone can reach
   * the address any more, so the QR on screen must go, with the reason why.
   * Synchronous, like join.stop's own ending, so no start can slip between.
   */
  #endIfAddressGone(session: JoinSession): void {
    if (this.#running?.session !== session || isOwnAddress(session.address, this.#network.interfaces())) return;
    this.#ended = { workshopId: session.workshopId, because: 'address_gone', address: session.address };
    void this.#end('join.addressGone');
  }

  #endIfWorkshopGone(event: ChangeEvent): void {
    const running = this.#running;
    // Only a restore, or a change that touched workshop rows (a delete, a programme's cascade, an undo or redo of either), can remove it.
    if (!running || (event.reason !== 'restore' && !event.entities.includes('workshop'))) return;
    if (!this.options.room.workshopExists(running.session.workshopId)) void this.#end();
  }

  #announce(method: string, workshopId: WorkshopId): void {
    this.options.events.emit({ reason: 'mutation', method, entities: [workshopId] });
  }

  #serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(work, work);
    this.#queue = next.catch(() => undefined);
    return next;
  }
}
