import { expect } from 'vitest';
import { CODE_ACCEPTED_MS } from '../../electron/join/codes';
import { exampleWorkshop } from './board';
import { baseOf, startJoining, type JoiningApp, type PhoneTransport } from './lan-session';
import type { PhoneResponse } from './phone-client';

function expectRefused(response: PhoneResponse, status: number, code: string): void {
  expect({ status: response.status, body: response.body }).toMatchObject({ status, body: { ok: false, error: { code } } });
}

function ticketOf(response: PhoneResponse): { token: string; deviceId: string } {
  expect(response).toMatchObject({ status: 200, body: { ok: true } });
  return (response.body as { value: { token: string; deviceId: string } }).value;
}

/**
 * The issue's list, from a phone at `address`'s side of the network: it
 * joins and works, and is refused with the session off, an expired code, a
 * removed device's token, its token on a facilitator's method or another
 * workshop, and a foreign Origin.
 */
export async function runIssueScenario(app: JoiningApp, phone: PhoneTransport, address: string): Promise<void> {
  const workshop = await exampleWorkshop(app);
  const call = (base: string, method: string, input: unknown, extra: { token?: string; headers?: Record<string, string> } = {}) =>
    phone.request({ base, path: `/api/${method}`, body: input, ...extra });

  // Off: nothing listens beyond loopback.
  expect(await app.call('join.status', { workshopId: workshop.id })).toEqual({ on: false, workshopId: workshop.id });

  const status = await startJoining(app, address, workshop.id);
  const base = baseOf(status);
  expect(status.url).toBe(`http://${address}:${status.port}/`);
  expect(status.joinUrl).toBe(`${status.url}#${status.code}`);

  const page = await phone.request({ base, path: '/', method: 'GET' });
  expect(page.status).toBe(200);
  expect(page.headers['content-security-policy']).toContain("script-src 'self'");

  // Joins with the code in the QR, opens its event stream and shows up as connected.
  const ticket = ticketOf(await call(base, 'phone.join', { code: status.code.toLowerCase() }));
  const stream = phone.watch(base, ticket.token);
  expect(await stream.opened).toEqual({ status: 200, stream: true });
  await expect.poll(() => app.call('join.status', { workshopId: workshop.id })).toMatchObject({
    on: true,
    devices: [{ id: ticket.deviceId, connected: true, participantId: null }],
  });
  const state = await call(base, 'phone.state', {}, { token: ticket.token });
  expect(state.body).not.toMatchObject({ error: { code: expect.stringMatching(/^(forbidden|device_removed|unauthorized)$/) } });

  // Its token reaches neither a facilitator's method nor another workshop.
  const other = await app.call('workshop.create', { programmeId: workshop.programmeId, title: 'Annan workshop', date: null, type: 'verksamhet', goals: '' });
  expectRefused(await call(base, 'workshop.list', { programmeId: workshop.programmeId }, { token: ticket.token }), 403, 'forbidden');
  expectRefused(await call(base, 'join.status', { workshopId: other.id }, { token: ticket.token }), 403, 'forbidden');
  expectRefused(await call(base, 'participant.list', { workshopId: other.id }, { token: ticket.token }), 403, 'forbidden');
  expectRefused(await call(base, 'phone.state', { workshopId: other.id }, { token: ticket.token }), 400, 'validation_failed');

  // A page from elsewhere may not call.
  expectRefused(await call(base, 'phone.join', { code: status.code }, { headers: { Origin: 'http://evil.example' } }), 403, 'forbidden_origin');

  // An expired code.
  app.advance(CODE_ACCEPTED_MS);
  expectRefused(await call(base, 'phone.join', { code: status.code }), 403, 'join_code_invalid');
  const fresh = await app.call('join.status', { workshopId: workshop.id });
  if (!fresh.on) throw new Error('session ended');
  expect(fresh.code).not.toBe(status.code);
  const second = ticketOf(await call(base, 'phone.join', { code: fresh.code }));

  // A removed device: its token is refused, its event stream ends.
  await app.call('join.removeDevice', { workshopId: workshop.id, deviceId: ticket.deviceId as never });
  await stream.ended;
  expectRefused(await call(base, 'phone.state', {}, { token: ticket.token }), 401, 'device_removed');
  expect(await call(base, 'phone.leave', {}, { token: second.token })).toMatchObject({ status: 200, body: { ok: true, value: null } });
  expectRefused(await call(base, 'phone.leave', {}, { token: second.token }), 401, 'device_removed');

  // Off again: the listener is gone, and a later session knows no earlier token.
  const third = ticketOf(await call(base, 'phone.join', { code: fresh.code }));
  expect(await app.call('join.stop', { workshopId: workshop.id })).toEqual({ on: false, workshopId: workshop.id });
  const offCall = await call(base, 'phone.state', {}, { token: third.token });
  expect(offCall.status).toBe(0);
  const again = await startJoining(app, address, workshop.id);
  expectRefused(await call(baseOf(again), 'phone.state', {}, { token: third.token }), 401, 'device_removed');

  // Starting another workshop's session ends this one's devices.
  const fourth = ticketOf(await call(baseOf(again), 'phone.join', { code: again.code }));
  const moved = await startJoining(app, address, other.id);
  expect(await app.call('join.status', { workshopId: workshop.id })).toEqual({ on: false, workshopId: workshop.id });
  expectRefused(await call(baseOf(moved), 'phone.state', {}, { token: fourth.token }), 401, 'device_removed');
  await app.call('join.stop', { workshopId: other.id });
}
