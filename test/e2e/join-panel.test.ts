/**
 * The facilitator's side of joining from own devices, in the browser: the
 * room bar's panel turns joining on for the network picked, shows the QR
 * with the address and code the session gives, locks the room, lists a
 * device that joined over the room's network (a "phone" calling the LAN
 * address from this test, not from the page, which talks to loopback only)
 * and removes it; the projector's welcome shows the invitation while
 * joining is on and not after; when the laptop loses the network joining
 * is on for, the panel says so.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../shared/api/contract';
import type { JoinTicket, NetworkAddress } from '../../shared/join/schema';
import { expectAccessible } from './support/browser';
import { call, openWorkshopTab, seedWorkshop } from './support/prioritisation';
import { useAppSession } from './support/session';

const session = useAppSession('samverkstad-join-');
let page: Page;
let workshopId: MethodOutput<'workshop.get'>['id'];

beforeEach(async () => {
  page = session.page;
  workshopId = (await seedWorkshop(session.server)).workshop.id;
});

type On = Extract<MethodOutput<'join.status'>, { on: true }>;

const roomBar = () => page.getByRole('region', { name: 'Rummet' });
const panel = () => page.getByRole('region', { name: 'Anslutning med egen enhet' });
const devices = () => panel().getByRole('region', { name: /^Anslutna enheter/ }).getByRole('listitem');
const qrLabel = (status: On) => `QR-kod för att ansluta: öppnar ${status.url} med koden ${status.code}`;

async function joinStatus(): Promise<On> {
  const status = await call(session.server, 'join.status', { workshopId });
  if (!status.on) throw new Error('joining is off');
  return status;
}

/**
 * Whether the invitation in `where` shows what the session gives now. Asked
 * afresh on each poll: the code changes every minute, and the screen follows.
 */
async function showsInvitation(where: Locator): Promise<boolean> {
  const status = await joinStatus();
  const qr = where.getByRole('img', { name: /^QR-kod för att ansluta/ });
  if ((await qr.count()) !== 1) return false;
  const shown = [await qr.getAttribute('aria-label'), await where.locator('.join-invite__url').textContent(), await where.locator('.join-invite__code').textContent()];
  return JSON.stringify(shown) === JSON.stringify([qrLabel(status), status.url, status.code]);
}

/** What a phone does first: trade the code for its own token, over the room's network. */
function phoneJoin(status: On): Promise<Response> {
  return fetch(`${status.url}api/phone.join`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code: status.code }) });
}

/** Opens the panel from the room bar and turns joining on for the first network the machine has. */
async function turnOnFromPanel(): Promise<NetworkAddress> {
  const [network] = await call(session.server, 'join.interfaces', {});
  expect(network, 'a network interface outside loopback for the phones').toBeDefined();
  await roomBar().getByRole('button', { name: 'Låt deltagarna ansluta med egen enhet' }).click();
  await panel().getByRole('radio', { name: `${network!.name} (${network!.address})` }).check();
  await panel().getByRole('button', { name: 'Slå på anslutning' }).click();
  await expect.poll(() => showsInvitation(panel())).toBe(true);
  return network!;
}

async function openProjector(): Promise<Page> {
  const [opened] = await Promise.all([session.context.waitForEvent('page'), page.getByRole('link', { name: 'Öppna projektorvy' }).click()]);
  await opened.setViewportSize({ width: 1280, height: 720 });
  await opened.getByRole('main').waitFor();
  return opened;
}

const run = promisify(execFile);
const NETNS_SCRIPT = path.resolve(import.meta.dirname, '../../scripts/lan-netns.sh');
const IS_ROOT = process.getuid?.() === 0;

/**
 * A network of the laptop's own for one test, to take away (needs root):
 * the host end of scripts/lan-netns.sh's veth pair, which nothing else uses.
 */
async function ownNetwork(): Promise<{ network: NetworkAddress; takeAway(): Promise<void>; remove(): Promise<void> }> {
  const name = `svgone${process.pid % 10_000}`;
  const { stdout } = await run(NETNS_SCRIPT, ['up', name]);
  const address = /SAMVERKSTAD_NETNS_HOST=(\S+)/.exec(stdout)?.[1];
  if (!address) throw new Error(`lan-netns.sh gave no address: ${stdout}`);
  return {
    network: { name: `${name}h`, address },
    takeAway: () => run('ip', ['addr', 'del', `${address}/24`, 'dev', `${name}h`]).then(() => undefined),
    remove: () => run(NETNS_SCRIPT, ['down', name]).then(() => undefined),
  };
}

describe('joining from own devices, the facilitator', () => {
  it('turns joining on for the network picked and shows QR, address and code on the panel and the room screen; locking refuses phones; off takes it all away', async () => {
    const [network] = await call(session.server, 'join.interfaces', {});
    expect(network, 'a network interface outside loopback for the phones').toBeDefined();
    // The participant list: the room's screen shows its welcome meanwhile.
    await openWorkshopTab(page, 'Deltagare');
    const projector = await openProjector();

    const opener = roomBar().getByRole('button', { name: 'Låt deltagarna ansluta med egen enhet' });
    await opener.click();
    expect(await opener.getAttribute('aria-expanded')).toBe('true');
    await panel().getByRole('radio', { name: `${network!.name} (${network!.address})` }).check();
    await panel().getByRole('checkbox', { name: 'Tillåt anonyma deltagare' }).check();
    await expectAccessible(page, 'join panel, off');
    await panel().getByRole('button', { name: 'Slå på anslutning' }).click();

    await expect.poll(() => showsInvitation(panel())).toBe(true);
    const on = await joinStatus();
    expect(on).toMatchObject({ address: network!.address, allowAnonymous: true, locked: false, devices: [] });
    expect(on.joinUrl).toBe(`${on.url}#${on.code}`);
    expect(await panel().getByRole('checkbox', { name: 'Tillåt anonyma deltagare' }).isChecked()).toBe(true);
    await roomBar().getByText('Anslutning på: 0 enheter').waitFor();
    await panel().getByText('Ingen enhet har anslutit ännu.').waitFor();
    await expect.poll(() => showsInvitation(projector.locator('.projector-welcome'))).toBe(true);
    await expectAccessible(page, 'join panel, on');
    await expectAccessible(projector, 'projector welcome with the invitation');

    // Locked: a phone with the right code is refused. The switch shows the session's state, so it turns once the session has.
    const lock = panel().getByRole('checkbox', { name: 'Lås rummet för nya enheter' });
    await lock.click();
    await expect.poll(() => lock.isChecked()).toBe(true);
    expect((await joinStatus()).locked).toBe(true);
    await panel().getByText('Rummet är låst.', { exact: false }).waitFor();
    const refused = await phoneJoin(await joinStatus());
    expect(refused.ok).toBe(false);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('room_locked');
    await projector.getByText('Rummet är låst för nya deltagare just nu.').waitFor();

    // Off: the invitation leaves the panel and the room's screen; the start form is back.
    await panel().getByRole('button', { name: 'Stäng av anslutning' }).click();
    await panel().getByRole('button', { name: 'Slå på anslutning' }).waitFor();
    expect((await call(session.server, 'join.status', { workshopId })).on).toBe(false);
    expect(await page.getByRole('img', { name: /^QR-kod/ }).count()).toBe(0);
    await projector.getByText('Anslut med mobilen').waitFor({ state: 'detached' });
    expect(await projector.getByRole('img', { name: /^QR-kod/ }).count()).toBe(0);
    expect(await roomBar().getByText(/^Anslutning på/).count()).toBe(0);

    await panel().getByRole('button', { name: 'Stäng' }).click();
    await panel().waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Låt deltagarna ansluta med egen enhet');
  });

  it('lists a phone that joined over the room network, reads the join out, shows it connected and removes it after asking', async () => {
    await openWorkshopTab(page, 'Tavla');
    await turnOnFromPanel();
    const on = await joinStatus();
    const joined = await phoneJoin(on);
    expect(joined.ok).toBe(true);
    const ticket = ((await joined.json()) as { value: JoinTicket }).value;
    const announced = roomBar().getByText('En ny enhet har anslutit. 1 enhet är med.');
    await announced.waitFor();
    expect(await announced.getAttribute('role')).toBe('status');
    await expect.poll(() => devices().count()).toBe(1);
    expect(await devices().first().textContent()).toMatch(/^Inte valt namn änInte uppkoppladAnsluten \d\d:\d\d, senast sedd \d\d:\d\dTa bort$/);

    // With its page open (an event stream) the phone shows as connected.
    const pageOpen = new AbortController();
    const events = await fetch(`${on.url}api/_events`, { headers: { Authorization: `Bearer ${ticket.token}` }, signal: pageOpen.signal });
    expect(events.status).toBe(200);
    await devices().first().getByText('Uppkopplad', { exact: true }).waitFor();
    await roomBar().getByText('Anslutning på: 1 enhet').waitFor();

    // Removing asks first, says what is lost and what stays, and ends the device's access.
    await devices().first().getByRole('button', { name: 'Ta bort Inte valt namn än' }).click();
    const confirm = page.getByRole('dialog', { name: 'Ta bort enheten?' });
    await confirm.getByText('Enheten (Inte valt namn än) förlorar åtkomsten till workshopen direkt. Lappar och prickar från den finns kvar.', { exact: false }).waitFor();
    await expectAccessible(page, 'remove device dialog');
    await confirm.getByRole('button', { name: 'Ta bort' }).click();
    await panel().getByText('Ingen enhet har anslutit ännu.').waitFor();
    expect((await joinStatus()).devices).toEqual([]);
    const after = await fetch(`${on.url}api/phone.state`, { method: 'POST', headers: { Authorization: `Bearer ${ticket.token}`, 'Content-Type': 'application/json' }, body: '{}' });
    expect(after.status).toBe(401);
    pageOpen.abort();
  });

  it.skipIf(!IS_ROOT)('says the network went away when the laptop loses the address joining is on for, and lists the networks left', async () => {
    const own = await ownNetwork();
    try {
      await openWorkshopTab(page, 'Tavla');
      await roomBar().getByRole('button', { name: 'Låt deltagarna ansluta med egen enhet' }).click();
      const ownOption = panel().getByRole('radio', { name: `${own.network.name} (${own.network.address})` });
      await ownOption.check();
      await panel().getByRole('button', { name: 'Slå på anslutning' }).click();
      await expect.poll(() => showsInvitation(panel())).toBe(true);

      await own.takeAway();
      const gone = panel().getByRole('alert');
      await gone.getByText(`Anslutningen stängdes: nätverket ${own.network.address} finns inte längre på datorn. Välj nätverk och slå på igen.`).waitFor();
      expect(await page.getByRole('img', { name: /^QR-kod/ }).count()).toBe(0);
      expect(await roomBar().getByText(/^Anslutning på/).count()).toBe(0);
      await panel().getByRole('button', { name: 'Slå på anslutning' }).waitFor();
      expect(await ownOption.count()).toBe(0);
      await expectAccessible(page, 'join panel, ended because the network went away');

      // Turning on again on a network the laptop has clears the reason.
      const [network] = await call(session.server, 'join.interfaces', {});
      await panel().getByRole('radio', { name: `${network!.name} (${network!.address})` }).check();
      await panel().getByRole('button', { name: 'Slå på anslutning' }).click();
      await expect.poll(() => showsInvitation(panel())).toBe(true);
      await panel().getByRole('button', { name: 'Stäng av anslutning' }).click();
      await panel().getByRole('button', { name: 'Slå på anslutning' }).waitFor();
      expect(await gone.count()).toBe(0);
    } finally {
      await own.remove();
    }
  });

  it('tells why phones may not get in, with the address to try on the laptop, and asks before turning off with devices in', async () => {
    await openWorkshopTab(page, 'Tavla');
    await turnOnFromPanel();
    expect((await phoneJoin(await joinStatus())).ok).toBe(true);
    await expect.poll(() => devices().count()).toBe(1);

    await panel().getByText('Kommer deltagarna inte in?').click();
    await panel().locator('.join-diagnostics').getByText((await joinStatus()).url, { exact: true }).waitFor();
    await panel().getByText('Gästnätverk hindrar ofta enheterna', { exact: false }).waitFor();
    await expectAccessible(page, 'join diagnostics');

    await panel().getByRole('button', { name: 'Stäng av anslutning' }).click();
    const confirm = page.getByRole('dialog', { name: 'Stänga av anslutningen?' });
    await confirm.getByText('Den anslutna enheten förlorar åtkomsten. Det som skrivits finns kvar på tavlan.').waitFor();
    await confirm.getByRole('button', { name: 'Stäng av anslutning' }).click();
    await panel().getByRole('button', { name: 'Slå på anslutning' }).waitFor();
    expect((await call(session.server, 'join.status', { workshopId })).on).toBe(false);
  });
});
