/**
 * The laptop leaves the room's network mid-session, over the real core on a
 * real SQLite file, with a machine whose interfaces the test controls.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeNetwork } from '../../test/support/fake-network';
import { runAddressGoneScenario } from '../../test/support/lan-address-gone';
import { loopbackPhone, openJoiningApp, startJoining } from '../../test/support/lan-session';
import { exampleWorkshop } from '../../test/support/board';
import { every } from './interfaces';

const LOOPBACK = '127.0.0.1';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A session on loopback, on a machine whose loopback address the test can take away. */
async function joiningOnLoopback() {
  const machine = fakeNetwork([LOOPBACK]);
  const app = await openJoiningApp({ network: machine.network });
  const workshop = await exampleWorkshop(app);
  await startJoining(app, LOOPBACK, workshop.id);
  return { machine, app, workshop };
}

describe('a session whose address disappears', () => {
  it('ends as join.stop ends it, says why until turned on again, and stops checking', async () => {
    const machine = fakeNetwork([LOOPBACK]);
    const app = await openJoiningApp({ network: machine.network });
    await runAddressGoneScenario(app, loopbackPhone, LOOPBACK, {
      takeAway: () => {
        machine.drop(LOOPBACK);
        machine.check();
        expect(machine.watching).toBe(0);
        return Promise.resolve();
      },
      phoneHearsTheEnd: true,
      giveBack: () => {
        machine.restore(LOOPBACK);
        return Promise.resolve();
      },
    });
    expect(machine.watching).toBe(0);
  });

  it('keeps running while its address is there, and stops checking when stopped or closed', async () => {
    const { machine, app, workshop } = await joiningOnLoopback();
    machine.check();
    expect(await app.call('join.status', { workshopId: workshop.id })).toMatchObject({ on: true, address: LOOPBACK });
    expect(machine.watching).toBe(1);
    await app.call('join.stop', { workshopId: workshop.id });
    expect(machine.watching).toBe(0);
    await startJoining(app, LOOPBACK, workshop.id);
    expect(machine.watching).toBe(1);
    app.core.close();
    expect(machine.watching).toBe(0);
  });

  it('refuses to start on an address the machine no longer has, keeping the reason', async () => {
    const { machine, app, workshop } = await joiningOnLoopback();
    machine.drop(LOOPBACK);
    machine.check();
    expect(await app.call('join.interfaces', {})).toEqual([]);
    expect(await app.fail('join.start', { workshopId: workshop.id, address: LOOPBACK, allowAnonymous: false })).toMatchObject({ code: 'address_unavailable' });
    expect(await app.call('join.status', { workshopId: workshop.id })).toMatchObject({ on: false, ended: { because: 'address_gone', address: LOOPBACK } });
  });
});

describe('the address check’s timer', () => {
  it('checks on every tick until stopped, without keeping the process alive', () => {
    vi.useFakeTimers();
    const intervals = vi.spyOn(globalThis, 'setInterval');
    const check = vi.fn();
    const stop = every(1_000)(check);
    expect((intervals.mock.results[0]?.value as NodeJS.Timeout).hasRef()).toBe(false);
    vi.advanceTimersByTime(3_000);
    expect(check).toHaveBeenCalledTimes(3);
    stop();
    vi.advanceTimersByTime(3_000);
    expect(check).toHaveBeenCalledTimes(3);
  });
});
