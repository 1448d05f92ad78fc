import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PhoneState } from '../../shared/phone/schema';
import { createPhoneSession, type PhoneSession } from './session';
import { TICKET_KEY } from './ticket';
import { memoryStorage } from './memoryStorage';

const DEVICE = '7d7f3c4e-2b1a-4c59-9a43-1f0e8f6b2a10';
const TICKET = { token: 'tok-1', deviceId: DEVICE };

const state = (name: string | null): PhoneState =>
  ({
    workshop: { title: 'Workshop i Karlskrona', date: null, programme: 'LOS Karlskrona' },
    room: { workshopId: 'c1d2e3f4-0000-4000-8000-000000000001', view: 'board', clusterId: null, roundId: null, privateWriting: true, timer: null, now: '2027-03-04T09:00:00.000Z' },
    me: { deviceId: DEVICE, participant: name ? { id: 'c1d2e3f4-0000-4000-8000-000000000002', name } : null, anonymous: false },
    choices: [],
    allowAnonymous: false,
    myNotes: [],
    board: null,
    round: null,
    results: null,
  }) as unknown as PhoneState;

type Reply = { status: number; body: unknown } | 'offline';

/** A LAN listener as the phone sees it: answers per method, an event stream that stays open until told to end. */
function fakeServer() {
  const replies = new Map<string, Reply>();
  const calls: { method: string; token: string | null; input: unknown }[] = [];
  const streams: ReadableStreamDefaultController<Uint8Array>[] = [];
  /** Tokens of devices the facilitator removed: refused on every call. */
  const removed = new Set<string>();
  const fetch = vi.fn(async (url: string, init: RequestInit = {}) => {
    const token = new Headers(init.headers).get('Authorization')?.replace(/^Bearer /, '') ?? null;
    const method = url.replace('/api/', '');
    if (method === '_events') {
      if (replies.get('_events') === 'offline') throw new TypeError('Failed to fetch');
      return new Response(new ReadableStream<Uint8Array>({ start: (controller) => void streams.push(controller) }), { status: 200 });
    }
    calls.push({ method, token, input: JSON.parse(String(init.body)) });
    if (token !== null && removed.has(token)) return new Response(JSON.stringify({ ok: false, error: { code: 'device_removed', message: 'x' } }), { status: 401 });
    const reply = replies.get(method) ?? { status: 404, body: { ok: false, error: { code: 'not_found', message: 'x' } } };
    if (reply === 'offline') throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify(reply.body), { status: reply.status });
  });
  return {
    fetch,
    calls,
    removed,
    answer: (method: string, value: unknown) => replies.set(method, { status: 200, body: { ok: true, value } }),
    refuse: (method: string, code: string, status = 400) => replies.set(method, { status, body: { ok: false, error: { code, message: 'x' } } }),
    offline: (method: string) => replies.set(method, 'offline'),
    endStreams: () => streams.splice(0).forEach((stream) => stream.close()),
    push: (data: unknown) => streams.forEach((stream) => stream.enqueue(new TextEncoder().encode(`data: ${JSON.stringify(data)}\n\n`))),
  };
}

let server: ReturnType<typeof fakeServer>;
let storage: Storage;
let session: PhoneSession;

beforeEach(() => {
  server = fakeServer();
  vi.stubGlobal('fetch', server.fetch);
  storage = memoryStorage();
});

afterEach(() => {
  server.endStreams();
  vi.unstubAllGlobals();
});

const stage = () => session.snapshot().stage;
const until = (check: () => boolean) => vi.waitFor(() => expect(check()).toBe(true));

describe('the phone session', () => {
  it('trades the code from the address for a ticket, keeps it and reads its state with it', async () => {
    server.answer('phone.join', TICKET);
    server.answer('phone.state', state(null));
    session = createPhoneSession(storage);
    await session.start('ABCDEF');
    expect(stage()).toMatchObject({ kind: 'joined', offline: false, state: { me: { deviceId: DEVICE } } });
    expect(JSON.parse(storage.getItem(TICKET_KEY)!)).toEqual(TICKET);
    expect(server.calls.map((call) => [call.method, call.token])).toEqual([
      ['phone.join', null],
      ['phone.state', 'tok-1'],
    ]);
  });

  it('rejoins with a kept ticket and ignores a code scanned again', async () => {
    storage.setItem(TICKET_KEY, JSON.stringify(TICKET));
    server.answer('phone.state', state('Anna Berg'));
    session = createPhoneSession(storage);
    await session.start('ABCDEF');
    expect(stage()).toMatchObject({ kind: 'joined', state: { me: { participant: { name: 'Anna Berg' } } } });
    expect(server.calls.map((call) => call.method)).toEqual(['phone.state']);
  });

  it('trades a fresh code when the kept ticket was refused', async () => {
    storage.setItem(TICKET_KEY, JSON.stringify({ token: 'old', deviceId: DEVICE }));
    server.removed.add('old');
    server.answer('phone.join', TICKET);
    server.answer('phone.state', state(null));
    session = createPhoneSession(storage);
    await session.start('ABCDEF');
    expect(stage()).toMatchObject({ kind: 'joined', state: { me: { deviceId: DEVICE } } });
    expect(JSON.parse(storage.getItem(TICKET_KEY)!)).toEqual(TICKET);
    expect(server.calls.map((call) => [call.method, call.token])).toEqual([
      ['phone.state', 'old'],
      ['phone.join', null],
      ['phone.state', 'tok-1'],
    ]);
  });

  it('shows the join screen with a reason once the device is removed and its stream ends', async () => {
    storage.setItem(TICKET_KEY, JSON.stringify(TICKET));
    server.answer('phone.state', state('Anna Berg'));
    session = createPhoneSession(storage);
    await session.start('');
    await until(() => server.fetch.mock.calls.some(([url]) => url === '/api/_events'));
    server.removed.add('tok-1');
    server.endStreams();
    await until(() => stage().kind === 'join');
    expect(stage()).toEqual({ kind: 'join', notice: 'removed', code: '' });
    expect(storage.getItem(TICKET_KEY)).toBeNull();
  });

  it('refetches on a change event and says so while the laptop cannot be reached, keeping what it showed', async () => {
    storage.setItem(TICKET_KEY, JSON.stringify(TICKET));
    server.answer('phone.state', state(null));
    session = createPhoneSession(storage);
    await session.start('');
    await until(() => server.fetch.mock.calls.some(([url]) => url === '/api/_events'));
    server.answer('phone.state', state('Anna Berg'));
    server.push({ reason: 'mutation', method: 'phone.identify' });
    await until(() => stage().kind === 'joined' && (stage() as { state: PhoneState }).state.me.participant?.name === 'Anna Berg');

    server.offline('phone.state');
    server.offline('_events');
    server.endStreams();
    await until(() => stage().kind === 'joined' && (stage() as { offline: boolean }).offline);
    expect(stage()).toMatchObject({ state: { me: { participant: { name: 'Anna Berg' } } } });
  });

  it('keeps a refused call beside the screen and clears it with the next one that works', async () => {
    storage.setItem(TICKET_KEY, JSON.stringify(TICKET));
    server.answer('phone.state', state('Anna Berg'));
    session = createPhoneSession(storage);
    await session.start('');
    server.refuse('phone.undo', 'nothing_to_undo');
    expect(await session.act('phone.undo', {})).toBe(false);
    expect(session.snapshot().failure?.code).toBe('nothing_to_undo');
    server.answer('phone.writeNote', { id: 'c1d2e3f4-0000-4000-8000-000000000003', text: 'Ny', faceDown: true });
    expect(await session.act('phone.writeNote', { text: 'Ny' })).toBe(true);
    expect(session.snapshot().failure).toBeNull();
  });
});
