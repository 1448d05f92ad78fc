/**
 * Joining stays visible away from its workshop: with a session on, the
 * header of every other page says which workshop phones can join and how
 * many are in, links back to it, and turns joining off from there (asking
 * first with a device in). The workshop's own page has the room bar's
 * controls instead.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../shared/api/contract';
import { expectAccessible } from './support/browser';
import { call, seedWorkshop, WORKSHOP } from './support/prioritisation';
import { useAppSession } from './support/session';

const session = useAppSession('samverkstad-join-indicator-');
let workshopId: MethodOutput<'workshop.get'>['id'];

beforeEach(async () => {
  workshopId = (await seedWorkshop(session.server)).workshop.id;
});

describe('the header while joining is on', () => {
  it('names the workshop and its devices on other pages, links back to it, and turns joining off after asking', async () => {
    const { page, server } = session;
    const header = page.getByRole('banner');
    const indicator = header.getByRole('link', { name: `Deltagare kan ansluta: ${WORKSHOP} (1 enhet)` });
    const stop = header.getByRole('button', { name: `Stäng av anslutning till ${WORKSHOP}` });

    const [network] = await call(server, 'join.interfaces', {});
    expect(network, 'a network interface outside loopback for the phones').toBeDefined();
    const on = await call(server, 'join.start', { workshopId, address: network!.address, allowAnonymous: false });
    if (!on.on) throw new Error('join.start left joining off');
    const joined = await fetch(`${on.url}api/phone.join`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code: on.code }) });
    expect(joined.ok).toBe(true);

    // The programme list was open before joining started: the header follows the change.
    await indicator.waitFor();
    expect(await stop.textContent()).toBe('Stäng av');
    await expectAccessible(page, 'programme list with joining on');

    // Back to the workshop: its room bar has the controls, so the header leaves them out.
    await indicator.click();
    await page.getByRole('heading', { level: 1, name: WORKSHOP }).waitFor();
    expect(page.url()).toMatch(new RegExp(`#/workshop/${workshopId}$`));
    await page.getByRole('region', { name: 'Rummet' }).getByText('Anslutning på: 1 enhet').waitFor();
    expect(await header.locator('.join-indicator').count()).toBe(0);

    // Elsewhere again, by keyboard: the stop asks first, since the device loses access.
    await page.getByRole('link', { name: 'Samverkstad' }).click();
    await page.getByRole('heading', { level: 1, name: 'Förbättringsprogram' }).waitFor();
    await stop.focus();
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('dialog', { name: 'Stänga av anslutningen?' });
    await confirm.getByText('Den anslutna enheten förlorar åtkomsten. Det som skrivits finns kvar på tavlan.').waitFor();
    await expectAccessible(page, 'turning joining off from the header');
    await confirm.getByRole('button', { name: 'Stäng av anslutning' }).click();
    await header.locator('.join-indicator').waitFor({ state: 'detached' });
    expect(await call(server, 'join.current', {})).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Förbättringsprogram');
  });
});
