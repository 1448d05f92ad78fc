import os from 'node:os';
import { describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../shared/api/contract';
import { exampleWorkshop } from '../../test/support/board';
import { baseOf, loopbackPhone, openJoiningApp, PHONE_PAGE_HTML, startJoining, type JoiningApp } from '../../test/support/lan-session';
import { runIssueScenario } from '../../test/support/lan-scenario';
import { phoneCall, phoneRequest, watchEvents, type PhoneResponse } from '../../test/support/phone-client';
import { CONTENT_SECURITY_POLICY } from '../http/responses';
import { LAN_MAX_BODY_BYTES } from './lan-server';

const LOOPBACK = '127.0.0.1';

function errorOf(response: PhoneResponse): { status: number; code: unknown } {
  return { status: response.status, code: (response.body as { error?: { code: string } }).error?.code };
}

async function joined(app: JoiningApp) {
  const status = await startJoining(app, LOOPBACK);
  const base = baseOf(status);
  const join = await phoneCall(base, 'phone.join', { code: status.code });
  const ticket = (join.body as { value: { token: string; deviceId: string } }).value;
  return { status, base, ticket };
}

function recordEvents(app: JoiningApp): ChangeEvent[] {
  const events: ChangeEvent[] = [];
  app.core.onChange((event) => events.push(event));
  return events;
}

describe('joining over the LAN listener (loopback)', () => {
  it('joins, works and is refused in each of the issue’s cases', async () => {
    await runIssueScenario(await openJoiningApp(), loopbackPhone, LOOPBACK);
  }, 30_000);

  it('lists this machine’s IPv4 addresses beyond loopback, and starts only on an address it has', async () => {
    const app = await openJoiningApp();
    const expected = Object.entries(os.networkInterfaces()).flatMap(([name, infos]) =>
      (infos ?? []).filter((info) => info.family === 'IPv4' && !info.internal).map((info) => ({ name, address: info.address })),
    );
    expect(await app.call('join.interfaces', {})).toEqual(expected);
    const workshop = await exampleWorkshop(app);
    const unavailable = await app.fail('join.start', { workshopId: workshop.id, address: '192.0.2.1', allowAnonymous: false });
    expect(unavailable).toMatchObject({ code: 'address_unavailable', details: { address: '192.0.2.1' } });
    expect(await app.fail('join.start', { workshopId: '00000000-0000-4000-8000-000000000000', address: LOOPBACK })).toMatchObject({ code: 'not_found' });
    expect(await app.call('join.status', { workshopId: workshop.id })).toEqual({ on: false, workshopId: workshop.id });
  });

  it('serves the phone’s page at / and its assets, under the bridge’s CSP, and nothing else', async () => {
    const app = await openJoiningApp();
    const { base } = await joined(app);
    const page = await phoneRequest({ base, path: '/', method: 'GET' });
    expect(page).toMatchObject({ status: 200, body: PHONE_PAGE_HTML });
    expect(page.headers).toMatchObject({ 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-frame-options': 'DENY', 'cache-control': 'no-store' });
    const asset = await phoneRequest({ base, path: '/assets/phone-1234.js', method: 'GET' });
    expect(asset).toMatchObject({ status: 200, headers: { 'content-type': 'text/javascript; charset=utf-8' } });
    for (const path of ['/phone.html', '/index.html', '/assets/../phone.html', '/assets/%2e%2e/phone.html', '/favicon.ico', '/assets/', '/api']) {
      expect((await phoneRequest({ base, path, method: 'GET' })).status, path).toBe(404);
    }
  });

  it('refuses a wrong Host, a foreign Origin, a cross-site fetch and an oversized body', async () => {
    const app = await openJoiningApp();
    const { status, base, ticket } = await joined(app);
    const code = { code: status.code };
    expect(errorOf(await phoneCall(base, 'phone.join', code, { headers: { Host: `localhost:${status.port}` } }))).toEqual({ status: 403, code: 'forbidden_host' });
    expect(errorOf(await phoneRequest({ base, path: '/', method: 'GET', headers: { Host: `evil.example:${status.port}` } }))).toEqual({ status: 403, code: 'forbidden_host' });
    expect(errorOf(await phoneCall(base, 'phone.state', {}, { token: ticket.token, headers: { Origin: `http://localhost:${status.port}` } }))).toEqual({ status: 403, code: 'forbidden_origin' });
    expect(errorOf(await phoneCall(base, 'phone.state', {}, { token: ticket.token, headers: { 'Sec-Fetch-Site': 'cross-site' } }))).toEqual({ status: 403, code: 'forbidden_origin' });
    const sameOrigin = await phoneCall(base, 'phone.leave', {}, { token: ticket.token, headers: { Origin: base } });
    expect(sameOrigin).toMatchObject({ status: 200, body: { ok: true, value: null } });
    const big = await phoneCall(base, 'phone.join', { code: status.code, pad: 'x'.repeat(LAN_MAX_BODY_BYTES) });
    expect(errorOf(big)).toEqual({ status: 413, code: 'payload_too_large' });
    expect(errorOf(await phoneCall(base, 'phone.join', '{code:'))).toEqual({ status: 400, code: 'bad_request' });
  });

  it('takes no Authorization as a guest, a token as its device, and anything else as a removed device', async () => {
    const app = await openJoiningApp();
    const { base, ticket } = await joined(app);
    expect(errorOf(await phoneCall(base, 'phone.state', {}))).toEqual({ status: 403, code: 'forbidden' });
    expect(errorOf(await phoneCall(base, 'phone.leave', {}))).toEqual({ status: 403, code: 'forbidden' });
    for (const authorization of ['Bearer ', 'Bearer wrong', `Basic ${ticket.token}`, `Bearer ${ticket.token}x`]) {
      expect(errorOf(await phoneCall(base, 'phone.state', {}, { headers: { Authorization: authorization } })), authorization).toEqual({ status: 401, code: 'device_removed' });
    }
    // A device may not trade a code again with its token, nor call anything of the facilitator's.
    const status = await app.call('join.status', { workshopId: (await exampleWorkshop(app)).id });
    expect(errorOf(await phoneCall(base, 'phone.join', { code: status.on ? status.code : '' }, { token: ticket.token }))).toEqual({ status: 403, code: 'forbidden' });
    expect(errorOf(await phoneCall(base, 'history.undo', { scope: 'home' }, { token: ticket.token }))).toEqual({ status: 403, code: 'forbidden' });
    expect(errorOf(await phoneCall(base, 'nope.nothing', {}, { token: ticket.token }))).toEqual({ status: 404, code: 'unknown_method' });
    const guestEvents = watchEvents(base, undefined);
    expect(await guestEvents.opened).toEqual({ status: 403, stream: false });
  });

  it('refuses joining while locked, and again once unlocked lets devices in', async () => {
    const app = await openJoiningApp();
    const { status, base, ticket } = await joined(app);
    await app.call('join.update', { workshopId: status.workshopId, locked: true });
    expect(errorOf(await phoneCall(base, 'phone.join', { code: status.code }))).toEqual({ status: 409, code: 'room_locked' });
    expect(errorOf(await phoneCall(base, 'phone.join', { code: 'ZZZZZZ' }))).toEqual({ status: 403, code: 'join_code_invalid' });
    // Those already in stay.
    expect((await phoneCall(base, 'phone.leave', {}, { token: ticket.token })).status).toBe(200);
    const unlocked = await app.call('join.update', { workshopId: status.workshopId, locked: false, allowAnonymous: true });
    expect(unlocked).toMatchObject({ on: true, locked: false, allowAnonymous: true, devices: [] });
    expect((await phoneCall(base, 'phone.join', { code: status.code })).status).toBe(200);
  });

  it('tells the facilitator’s screens of every status change, and phones of changes without any ids', async () => {
    const app = await openJoiningApp();
    const events = recordEvents(app);
    const { status, base, ticket } = await joined(app);
    const workshopId = status.workshopId;
    const phone = watchEvents(base, ticket.token);
    await phone.opened;
    await app.call('join.update', { workshopId, locked: true });
    await app.call('note.create', { workshopId, text: 'Från skärmen', colour: 'yellow', authorId: null });
    await expect.poll(() => phone.events.length).toBe(2);
    expect(phone.events).toEqual([
      { reason: 'mutation', method: 'join.update' },
      { reason: 'mutation', method: 'note.create' },
    ]);
    phone.stop();
    await phone.ended;
    await expect.poll(() => events.filter((event) => event.method === 'join.connected').length).toBe(2);
    await app.call('join.removeDevice', { workshopId, deviceId: ticket.deviceId as never });
    await app.call('join.stop', { workshopId });
    const joinEvents = events.filter((event) => event.method.startsWith('join.'));
    expect(joinEvents.map((event) => event.method)).toEqual(['join.start', 'join.joined', 'join.connected', 'join.update', 'join.connected', 'join.removeDevice', 'join.stop']);
    for (const event of joinEvents) expect(event).toEqual({ reason: 'mutation', method: event.method, entities: [workshopId] });
  });

  it('answers which session runs, whichever workshop it is for, to the facilitator only', async () => {
    const app = await openJoiningApp();
    expect(await app.call('join.current', {})).toBeNull();
    const { status, base } = await joined(app);
    // Each answer carries the server's clock as read; two calls may fall in different milliseconds.
    const current = await app.call('join.current', {});
    const asked = await app.call('join.status', { workshopId: status.workshopId });
    if (!asked.on) throw new Error('joining is off');
    expect({ ...current, now: asked.now }).toEqual(asked);
    expect(await app.call('join.current', {})).toMatchObject({ on: true, workshopId: status.workshopId, devices: [{ participantId: null }] });
    expect(errorOf(await phoneCall(base, 'join.current', {}))).toEqual({ status: 403, code: 'forbidden' });

    const workshop = await app.call('workshop.get', { id: status.workshopId });
    const other = await app.call('workshop.create', { programmeId: workshop.programmeId, title: 'Annan workshop', date: null, type: 'verksamhet', goals: '' });
    await startJoining(app, LOOPBACK, other.id);
    expect(await app.call('join.current', {})).toMatchObject({ on: true, workshopId: other.id, devices: [] });
    await app.call('join.stop', { workshopId: other.id });
    expect(await app.call('join.current', {})).toBeNull();
  });

  it('ends the session when its programme is deleted, or the workshop’s creation is undone', async () => {
    const app = await openJoiningApp();
    const { status } = await joined(app);
    const workshop = await app.call('workshop.get', { id: status.workshopId });
    await app.call('programme.delete', { id: workshop.programmeId });
    expect(await app.call('join.status', { workshopId: status.workshopId })).toEqual({ on: false, workshopId: status.workshopId });

    const programme = await app.call('programme.create', { name: 'Nytt program', area: '', level: 'lokal', description: '' });
    const fresh = await app.call('workshop.create', { programmeId: programme.id, title: 'Ny workshop', date: null, type: 'verksamhet', goals: '' });
    await startJoining(app, LOOPBACK, fresh.id);
    await app.call('history.undo', {});
    expect(await app.call('join.status', { workshopId: fresh.id })).toEqual({ on: false, workshopId: fresh.id });
  });

  it('ends the session when its workshop is deleted, and when the app closes', async () => {
    const app = await openJoiningApp();
    const { status, base, ticket } = await joined(app);
    await app.call('workshop.delete', { id: status.workshopId });
    expect(await app.call('join.status', { workshopId: status.workshopId })).toEqual({ on: false, workshopId: status.workshopId });
    expect((await phoneCall(base, 'phone.state', {}, { token: ticket.token })).error).toBe('ECONNREFUSED');

    const closing = await openJoiningApp();
    const session = await joined(closing);
    const stream = watchEvents(session.base, session.ticket.token);
    await stream.opened;
    closing.core.close();
    await stream.ended;
    expect((await phoneCall(session.base, 'phone.join', { code: session.status.code })).error).toBe('ECONNREFUSED');
  });
});
