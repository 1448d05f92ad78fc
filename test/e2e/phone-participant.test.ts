/**
 * A participant on their own phone, in two browser contexts: the
 * facilitator's laptop page and a phone-sized one (360 × 740, touch). The
 * facilitator turns joining on over the API on this machine's own LAN
 * address; the phone opens the QR's URL, says who it is, writes a private
 * note that the facilitator turns over, votes with its own dots in the open
 * round and sees the result once it is revealed. Every phone page is
 * axe-clean. The phone context may reach this one LAN address and nothing
 * else beyond loopback.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { boardNote } from './support/board';
import { myNotes, phonePageFits as fits, startJoining, usePhones } from './support/phone';
import { call, CLUSTERS, openWorkshopTab, PEOPLE, seedWorkshop, type Seeded } from './support/prioritisation';
import { useAppSession } from './support/session';

const session = useAppSession('samverkstad-phone-join-');
const phones = usePhones(session);
let page: Page;
let seeded: Seeded;
let phone: Page;

const NOTE = 'Ingen vet vem som ringer hem första kvällen';
const TOP = CLUSTERS.A.heading;
const OTHER = CLUSTERS.B.heading;

beforeEach(async () => {
  page = session.page;
  seeded = await seedWorkshop(session.server);
  phone = await phones.open();
});

const phonePageFits = (view: string) => fits(phone, view);
const roomBar = () => page.getByRole('region', { name: 'Rummet' });

describe('a participant on their own phone', () => {
  it('joins by the QR’s URL, writes privately, votes with its own dots and sees the result', async () => {
    const workshopId = seeded.workshop.id;
    await openWorkshopTab(page, 'Tavla');
    const privately = roomBar().getByRole('checkbox', { name: 'Skriv dolt' });
    await privately.click();
    await expect.poll(() => privately.isChecked()).toBe(true);

    const status = await startJoining(session.server, workshopId);
    expect(status.joinUrl).toBe(`${status.url}#${status.code}`);

    // Joining: the code in the fragment is traded for a ticket and leaves the address bar.
    await phone.goto(status.joinUrl);
    await phone.getByRole('heading', { level: 1, name: 'Vem är du?' }).waitFor();
    expect(new URL(phone.url()).hash).toBe('');
    const ticket = await phone.evaluate(() => JSON.parse(localStorage.getItem('samverkstad.phone') ?? 'null') as { token: string; deviceId: string } | null);
    expect(ticket?.deviceId).toMatch(/^[0-9a-f-]{36}$/);
    await phonePageFits('who are you');

    await phone.getByRole('button', { name: new RegExp(`^${PEOPLE.K1.name}`) }).tap();
    await phone.getByRole('heading', { level: 1, name: 'Skriv lappar' }).waitFor();
    await phone.getByText('Dina lappar syns bara för dig tills facilitatorn vänder dem.').waitFor();
    await phone.getByText(`Du deltar som ${PEOPLE.K1.name}.`).waitFor();

    // A private note: face down on the room's board, marked on the phone.
    await phone.getByLabel('Ny lapp').fill(NOTE);
    await phone.getByRole('button', { name: 'Lägg till lappen' }).tap();
    const mine = myNotes(phone);
    await mine.filter({ hasText: NOTE }).waitFor();
    await expect.poll(() => mine.filter({ hasText: NOTE }).textContent()).toContain('Dold');
    expect(await phone.getByLabel('Ny lapp').inputValue()).toBe('');
    await phonePageFits('writing');

    await boardNote(page, NOTE).waitFor();
    expect(await boardNote(page, NOTE).textContent()).toContain('Dold');
    const board = await call(session.server, 'board.get', { workshopId });
    expect(board.notes.find((note) => note.text === NOTE)).toMatchObject({ faceDown: true, authorId: seeded.people.K1.id });

    // The facilitator turns the notes over; the phone's mark goes with the next event.
    await roomBar().getByRole('button', { name: 'Vänd alla lappar (1)' }).click();
    await expect.poll(() => mine.filter({ hasText: NOTE }).textContent()).not.toContain('Dold');

    // A reload rejoins with the kept ticket, without a code.
    await phone.reload();
    await phone.getByRole('heading', { level: 1, name: 'Skriv lappar' }).waitFor();
    await mine.filter({ hasText: NOTE }).waitFor();

    // The room votes: the phone follows the facilitator's tab to the open round.
    const { round } = await call(session.server, 'voting.start', { workshopId, settings: { dotsPerParticipant: 3 } });
    await page.getByRole('tab', { name: 'Röstning', exact: true }).click();
    await phone.getByRole('heading', { level: 1, name: 'Rösta' }).waitFor();
    await phone.getByRole('status').filter({ hasText: '3 prickar kvar' }).waitFor();
    expect(await phone.getByRole('button', { name: `Ta bort en prick från ${TOP}` }).isDisabled()).toBe(true);
    await phonePageFits('voting');

    for (const [label, left] of [[TOP, '2 prickar kvar'], [TOP, '1 prick kvar'], [OTHER, '0 prickar kvar']] as const) {
      await phone.getByRole('button', { name: `Lägg en prick på ${label}` }).tap();
      await phone.getByRole('status').filter({ hasText: left }).waitFor();
    }
    // None left: every + is off, the own dots can still be taken back.
    await expect.poll(() => phone.getByRole('button', { name: `Lägg en prick på ${CLUSTERS.C.heading}` }).isDisabled()).toBe(true);
    await phone.getByRole('button', { name: `Ta bort en prick från ${OTHER}` }).tap();
    await phone.getByRole('status').filter({ hasText: '1 prick kvar' }).waitFor();

    // The facilitator reveals (which turns the room's screen to the round); the phone shows the result as the room sees it.
    await page.getByRole('region', { name: 'Röstning med prickar' }).getByRole('button', { name: 'Visa resultat', exact: true }).click();
    await expect.poll(async () => (await call(session.server, 'room.get', { workshopId })).roundId).toBe(round.id);
    await phone.getByRole('heading', { level: 1, name: 'Resultat' }).waitFor();
    const first = phone.getByRole('listitem').filter({ hasText: TOP });
    await expect.poll(() => first.textContent()).toContain('Plats 1');
    expect(await first.textContent()).toContain('2 prickar');
    await phonePageFits('results');

    // English on the phone's own switch, kept for the next reload.
    await phone.getByRole('button', { name: 'English' }).tap();
    await phone.getByRole('heading', { level: 1, name: 'Results' }).waitFor();
    await phone.reload();
    await phone.getByRole('heading', { level: 1, name: 'Results' }).waitFor();

    // Removed by the facilitator: back to the join screen, the ticket gone.
    await call(session.server, 'join.removeDevice', { workshopId, deviceId: ticket!.deviceId as never });
    await phone.getByRole('heading', { level: 1, name: 'Join the workshop' }).waitFor();
    await phone.getByText('This device is no longer connected', { exact: false }).waitFor();
    expect(await phone.evaluate(() => localStorage.getItem('samverkstad.phone'))).toBeNull();
    await phonePageFits('join');
  });

  it('joins by a typed code, adds itself to the list and undoes its own last note', async () => {
    const workshopId = seeded.workshop.id;
    const status = await startJoining(session.server, workshopId);

    // The short address typed from the screen, without the code: the phone asks for it.
    await phone.goto(status.url);
    await phone.getByRole('heading', { level: 1, name: 'Anslut till workshoppen' }).waitFor();
    const code = phone.getByLabel('Kod');
    await code.fill('AB1');
    await phone.getByRole('button', { name: 'Anslut' }).tap();
    await phone.getByText('Koden är sex tecken: bokstäver och siffror, utan I, O, 0 och 1.').waitFor();
    expect(await code.getAttribute('aria-invalid')).toBe('true');
    // A well-formed code the session never showed: the server's refusal, translated.
    await code.fill(status.code === 'ABCDEF' ? 'ABCDEG' : 'ABCDEF');
    await phone.getByRole('button', { name: 'Anslut' }).tap();
    await phone.getByRole('alert').filter({ hasText: 'Koden stämmer inte eller har gått ut.' }).waitFor();
    await phonePageFits('join with an error');

    await code.fill(status.code.toLowerCase());
    await phone.getByRole('button', { name: 'Anslut' }).tap();
    await phone.getByRole('heading', { level: 1, name: 'Vem är du?' }).waitFor();
    expect(await phone.getByRole('alert').count()).toBe(0);

    // Adding oneself: the name is required before anything is sent.
    await phone.getByRole('button', { name: 'Lägg till mig' }).tap();
    await phone.getByText('Namn: måste fyllas i').waitFor();
    await phone.getByRole('textbox', { name: 'Namn', exact: true }).fill('Birgitta Ny');
    await phone.getByLabel('Organisation').fill('Hemtjänsten Nättraby');
    await phone.getByLabel('Huvudman').selectOption({ label: 'Privat' });
    await phone.getByRole('button', { name: 'Lägg till mig' }).tap();
    await phone.getByRole('heading', { level: 1, name: 'Skriv lappar' }).waitFor();
    const added = (await call(session.server, 'participant.list', { workshopId })).find((person) => person.name === 'Birgitta Ny');
    expect(added).toMatchObject({ organisation: 'Hemtjänsten Nättraby', huvudman: 'privat' });

    // Notes are written openly here (no private writing): two, then the last one undone from the phone.
    const mine = myNotes(phone);
    for (const text of ['Hemtjänsten får inte veta tiden för hemgång', 'Ingen mat hemma första dagen']) {
      await phone.getByLabel('Ny lapp').fill(text);
      await phone.getByLabel('Ny lapp').press('Tab');
      await phone.keyboard.press('Enter');
      await mine.filter({ hasText: text }).waitFor();
    }
    // After a note sent from the keyboard, focus is back in the field for the next one.
    expect(await phone.evaluate(() => document.activeElement?.id)).toBe('phone-note-new');
    expect(await mine.first().textContent()).not.toContain('Dold');
    await phone.getByRole('button', { name: 'Ångra min senaste ändring' }).tap();
    await phone.getByRole('status').filter({ hasText: 'Din senaste ändring är ångrad.' }).waitFor();
    await expect.poll(() => mine.count()).toBe(1);
    const texts = (await call(session.server, 'board.get', { workshopId })).notes.filter((note) => note.authorId === added!.id).map((note) => note.text);
    expect(texts).toEqual(['Hemtjänsten får inte veta tiden för hemgång']);

    // The room's timer, as a line under the header.
    await call(session.server, 'room.timer', { workshopId, change: { action: 'start', purpose: 'writing', durationSeconds: 300 } });
    await expect.poll(() => phone.getByRole('timer', { name: 'Skrivtid' }).textContent()).toMatch(/^Skrivtid [45]:\d\d$/);

    // Editing one's own note.
    await mine.first().getByRole('button', { name: 'Ändra' }).tap();
    await phone.getByLabel('Lappens text').fill('Hemtjänsten får inte veta tiden');
    await phone.getByRole('button', { name: 'Spara' }).tap();
    await mine.filter({ hasText: 'Hemtjänsten får inte veta tiden' }).waitFor();
    await expect.poll(async () => (await call(session.server, 'board.get', { workshopId })).notes.some((note) => note.text === 'Hemtjänsten får inte veta tiden')).toBe(true);
    await phonePageFits('writing openly');
  });
});
