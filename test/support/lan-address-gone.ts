import { expect } from 'vitest';
import type { ChangeEvent } from '../../shared/api/contract';
import type { DeviceId } from '../../shared/join/schema';
import type { Actor } from '../../electron/api/actor';
import { exampleWorkshop } from './board';
import { baseOf, startJoining, type JoiningApp, type PhoneTransport } from './lan-session';

export interface AddressLoss {
  /** Takes the session's address off this machine (the laptop leaves the Wi-Fi). */
  takeAway(): Promise<void>;
  /** Puts it back, so the test can show nothing listens there any more. */
  giveBack(): Promise<void>;
  /**
   * Whether the phone hears its event stream end. Over loopback it does; on a
   * real network the closing packets would leave from the address that is
   * gone, so the phone is not told (its page finds out on its next call).
   */
  readonly phoneHearsTheEnd: boolean;
}

/**
 * The session's address disappears while a phone is in: the session ends
 * as join.stop ends it (stream closed, listener gone, token dead), join.status
 * says why until joining is turned on again, and the bus tells the screens.
 */
export async function runAddressGoneScenario(app: JoiningApp, phone: PhoneTransport, address: string, loss: AddressLoss): Promise<void> {
  const workshop = await exampleWorkshop(app);
  const status = await startJoining(app, address, workshop.id);
  const base = baseOf(status);
  const joined = await phone.request({ base, path: '/api/phone.join', body: { code: status.code } });
  expect(joined).toMatchObject({ status: 200, body: { ok: true } });
  const ticket = (joined.body as { value: { token: string; deviceId: string } }).value;
  const stream = phone.watch(base, ticket.token);
  expect(await stream.opened).toEqual({ status: 200, stream: true });
  const heard: ChangeEvent[] = [];
  const unsubscribe = app.core.onChange((event) => heard.push(event));

  await loss.takeAway();
  const ended = { on: false, workshopId: workshop.id, ended: { because: 'address_gone', address } };
  await expect.poll(() => app.call('join.status', { workshopId: workshop.id })).toEqual(ended);
  unsubscribe();
  expect(heard).toContainEqual({ reason: 'mutation', method: 'join.addressGone', entities: [workshop.id] });
  expect(await app.call('join.current', {})).toBeNull();
  if (loss.phoneHearsTheEnd) await stream.ended;
  else stream.stop();
  const device: Actor = { kind: 'participant', workshopId: workshop.id, deviceId: ticket.deviceId as DeviceId };
  expect(await app.as(device).fail('phone.state', {})).toMatchObject({ code: 'device_removed' });
  await loss.giveBack();
  expect(await phone.request({ base, path: '/api/phone.state', body: {}, token: ticket.token })).toMatchObject({ status: 0, error: 'ECONNREFUSED' });
  // The reason stays for the panel until joining is turned on again.
  expect(await app.call('join.status', { workshopId: workshop.id })).toEqual(ended);

  const again = await startJoining(app, address, workshop.id);
  expect(again).not.toHaveProperty('ended');
  expect(await app.call('join.stop', { workshopId: workshop.id })).toEqual({ on: false, workshopId: workshop.id });
}
