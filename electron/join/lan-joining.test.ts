import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../shared/api/contract';
import { AppError } from '../../shared/api/errors';
import type { DeviceId } from '../../shared/join/schema';
import type { ParticipantId } from '../../shared/participant/schema';
import type { WorkshopId } from '../../shared/workshop/schema';
import type { Dispatch } from '../api/dispatcher';
import { ChangeBus } from '../api/events';
import { LanJoining } from './lan-joining';

const LOOPBACK = '127.0.0.1';
const open: LanJoining[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((joining) => joining.close()));
});

const notCalled: Dispatch = () => Promise.reject(new Error('no calls in this test'));

/** A session over a room of given workshops and participant names, without a database. */
function setUp() {
  const workshops = new Set<string>([randomUUID(), randomUUID()]);
  const names = new Map<string, string>();
  const events = new ChangeBus();
  const seen: ChangeEvent[] = [];
  events.subscribe((event) => seen.push(event));
  const joining = new LanJoining({
    dispatch: () => notCalled,
    events,
    room: { workshopExists: (id) => workshops.has(id), participantName: (id) => names.get(id) ?? null },
  });
  open.push(joining);
  const [first, second] = [...workshops] as [WorkshopId, WorkshopId];
  return { joining, events, seen, workshops, names, first, second };
}

async function joinedDevice(joining: LanJoining, workshopId: WorkshopId) {
  const status = await joining.start({ workshopId, address: LOOPBACK, allowAnonymous: false });
  if (!status.on) throw new Error('off');
  return { status, ticket: joining.join(status.code, LOOPBACK) };
}

function thrown(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error instanceof AppError ? error.code : error;
  }
  return 'nothing thrown';
}

describe('the joining session', () => {
  it('records who a device is, who holds a participant, and shows the name', async () => {
    const { joining, names, first, second } = setUp();
    const { ticket } = await joinedDevice(joining, first);
    const deviceId = ticket.deviceId;
    const participant = randomUUID() as ParticipantId;
    names.set(participant, 'Kim');
    expect(joining.device(deviceId)).toEqual({ id: deviceId, workshopId: first, participantId: null, anonymous: false });
    joining.identify(deviceId, participant, true);
    expect(joining.device(deviceId)).toMatchObject({ participantId: participant, anonymous: true });
    expect(joining.holderOf(first, participant)).toBe(deviceId);
    expect(joining.holderOf(second, participant)).toBeUndefined();
    expect(joining.status(first)).toMatchObject({ devices: [{ id: deviceId, participantId: participant, name: 'Kim', anonymous: true, connected: false }] });
    joining.leave(deviceId);
    expect(joining.device(deviceId)).toBeUndefined();
    expect(joining.holderOf(first, participant)).toBeUndefined();
    expect(thrown(() => joining.identify(deviceId, participant, false))).toBe('device_removed');
  });

  it('answers allowAnonymous for its own workshop only, and updates only a running session', async () => {
    const { joining, first, second } = setUp();
    expect(thrown(() => joining.update({ workshopId: first, allowAnonymous: true }))).toBe('join_off');
    await joining.start({ workshopId: first, address: LOOPBACK, allowAnonymous: true });
    expect(joining.allowAnonymous(first)).toBe(true);
    expect(joining.allowAnonymous(second)).toBe(false);
    expect(thrown(() => joining.update({ workshopId: second, locked: true }))).toBe('join_off');
    joining.update({ workshopId: first, allowAnonymous: false });
    expect(joining.allowAnonymous(first)).toBe(false);
    expect(thrown(() => joining.removeDevice(first, randomUUID() as DeviceId))).toBe('not_found');
  });

  it('keeps its devices when started again on the same address, and drops them for another workshop', async () => {
    const { joining, first, second } = setUp();
    const { status, ticket } = await joinedDevice(joining, first);
    const again = await joining.start({ workshopId: first, address: LOOPBACK, allowAnonymous: true });
    expect(again).toMatchObject({ on: true, port: status.port, allowAnonymous: true, devices: [{ id: ticket.deviceId }] });
    await joining.start({ workshopId: second, address: LOOPBACK, allowAnonymous: false });
    expect(joining.status(first)).toEqual({ on: false, workshopId: first });
    expect(joining.device(ticket.deviceId)).toBeUndefined();
    // join.stop for a workshop without the session leaves the running one alone.
    expect(await joining.stop(first)).toEqual({ on: false, workshopId: first });
    expect(joining.status(second).on).toBe(true);
  });

  it('refuses codes while off and after they expire', async () => {
    const { joining, first } = setUp();
    expect(thrown(() => joining.join('ABCDEF', 'x'))).toBe('join_off');
    const { status } = await joinedDevice(joining, first);
    expect(thrown(() => joining.join('ABCDEF', 'x'))).toBe(status.code === 'ABCDEF' ? 'nothing thrown' : 'join_code_invalid');
    await joining.stop(first);
    expect(thrown(() => joining.join(status.code, 'x'))).toBe('join_off');
  });

  it('ends when its workshop disappears by any path, told by the change bus', async () => {
    const { joining, events, seen, workshops, first } = setUp();
    const { ticket } = await joinedDevice(joining, first);
    events.emit({ reason: 'mutation', method: 'note.create', entities: ['note'] });
    expect(joining.status(first).on).toBe(true);
    workshops.delete(first);
    events.emit({ reason: 'restore', method: 'data.restore', entities: [] });
    expect(joining.status(first)).toEqual({ on: false, workshopId: first });
    expect(joining.device(ticket.deviceId)).toBeUndefined();
    expect(seen.at(-1)).toEqual({ reason: 'mutation', method: 'join.stop', entities: [first] });
  });

  it('refuses to start once closed', async () => {
    const { joining, first } = setUp();
    await joinedDevice(joining, first);
    await joining.close();
    expect(joining.status(first).on).toBe(false);
    await expect(joining.start({ workshopId: first, address: LOOPBACK, allowAnonymous: false })).rejects.toMatchObject({ code: 'join_off' });
  });
});
