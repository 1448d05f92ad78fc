/**
 * Two more ways a participant meets the room from their own phone, beside
 * the facilitator's laptop page: joining without a name while the
 * facilitator allows it (and not once it is turned off), and reading the
 * board the room is shown, where another participant's face-down note is
 * left out until the facilitator turns the notes over. Every phone state is
 * axe-clean; the phones reach this machine's LAN address and nothing else.
 */
import type { Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { boardNote } from './support/board';
import { participantNames } from './support/participants';
import { myNotes, phonePageFits, startJoining, usePhones } from './support/phone';
import { call, CLUSTERS, openWorkshopTab, PEOPLE, seedWorkshop, type Seeded } from './support/prioritisation';
import { useAppSession } from './support/session';

const session = useAppSession('samverkstad-phone-room-');
const phones = usePhones(session);
let page: Page;
let seeded: Seeded;

beforeEach(async () => {
  page = session.page;
  seeded = await seedWorkshop(session.server);
});

const roomBar = () => page.getByRole('region', { name: 'Rummet' });
const joinPanel = () => page.getByRole('region', { name: 'Anslutning med egen enhet' });

/** Opens the joinUrl on a new phone and waits for it to ask who it is. */
async function joinedPhone(joinUrl: string): Promise<Page> {
  const phone = await phones.open();
  await phone.goto(joinUrl);
  await phone.getByRole('heading', { level: 1, name: 'Vem är du?' }).waitFor();
  return phone;
}

const anonymousChoice = (phone: Page) => phone.getByRole('button', { name: 'Delta anonymt' });

describe('a participant without a name', () => {
  it('joins anonymously while the facilitator allows it, and is no longer offered it once turned off', async () => {
    const workshopId = seeded.workshop.id;
    const NOTE = 'Ingen ringer tillbaka när hemtjänsten har frågor';
    await openWorkshopTab(page, 'Deltagare');
    const status = await startJoining(session.server, workshopId, true);

    const first = await joinedPhone(status.joinUrl);
    await first.getByRole('region', { name: 'Utan namn' }).getByText('Dina lappar och prickar räknas, men ditt namn syns inte.').waitFor();
    await phonePageFits(first, 'who are you, anonymous allowed');
    await anonymousChoice(first).tap();
    await first.getByRole('heading', { level: 1, name: 'Skriv lappar' }).waitFor();
    await first.getByText('Du deltar som Anonym 1.').waitFor();
    await first.getByLabel('Ny lapp').fill(NOTE);
    await first.getByRole('button', { name: 'Lägg till lappen' }).tap();
    await myNotes(first).filter({ hasText: NOTE }).waitFor();
    await phonePageFits(first, 'writing as Anonym 1');

    // The facilitator's list has the participant the phone became, and its panel the device as anonymous.
    const participants = page.getByRole('region', { name: 'Deltagare' });
    await expect.poll(() => participantNames(participants)).toContain('Anonym 1');
    const anonymous = (await call(session.server, 'participant.list', { workshopId })).find((person) => person.name === 'Anonym 1');
    expect(anonymous).toMatchObject({ organisation: '', huvudman: 'annan', role: '' });
    await roomBar().getByRole('button', { name: 'Låt deltagarna ansluta med egen enhet' }).click();
    const device = joinPanel().getByRole('region', { name: /^Anslutna enheter/ }).getByRole('listitem');
    await expect.poll(() => device.textContent()).toMatch(/^Anonym 1Anonym/);

    // A second phone on the identify screen while anonymous is still allowed …
    const second = await joinedPhone(status.joinUrl);
    await anonymousChoice(second).waitFor();
    // … loses the choice with the event of the facilitator turning it off.
    const allow = joinPanel().getByRole('checkbox', { name: 'Tillåt anonyma deltagare' });
    // The box shows the session's setting, so it turns once the server has it.
    await allow.click();
    await expect.poll(() => allow.isChecked()).toBe(false);
    await expect.poll(() => anonymousChoice(second).count()).toBe(0);
    expect(await second.getByRole('region', { name: 'Utan namn' }).count()).toBe(0);
    await phonePageFits(second, 'who are you, anonymous not allowed');
    // A page that read the room just before the switch still offers it: the server's refusal, translated.
    await second.route('**/api/phone.state', async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { value: { allowAnonymous: boolean } };
      await route.fulfill({ response, json: { ...body, value: { ...body.value, allowAnonymous: true } } });
    });
    await second.reload();
    await anonymousChoice(second).tap();
    await second.getByRole('alert').filter({ hasText: 'Processledaren har inte tillåtit anonyma deltagare.' }).waitFor();
    await second.getByRole('heading', { level: 1, name: 'Vem är du?' }).waitFor();
    await phonePageFits(second, 'anonymous refused');
    await second.unrouteAll();
    expect((await call(session.server, 'participant.list', { workshopId })).filter((person) => person.name.startsWith('Anonym'))).toHaveLength(1);

    // On the board the note is by the anonymous participant.
    await page.getByRole('tab', { name: 'Tavla', exact: true }).click();
    await boardNote(page, NOTE).locator('.note__author').filter({ hasText: /^Anonym 1$/ }).waitFor();
    // The first phone keeps its identity.
    await first.getByText('Du deltar som Anonym 1.').waitFor();
  });
});

describe('the board on a phone', () => {
  it('shows the clusters the room sees, leaves out another’s face-down note until it is turned over, and keeps its own', async () => {
    const workshopId = seeded.workshop.id;
    const HIDDEN = 'Patienten får fel tabletter med sig hem';
    const OWN = 'Dosettförrådet räcker bara till fredag';
    const top = CLUSTERS.A;

    // Another participant's note, written while writing is private, face down in the first cluster.
    await call(session.server, 'room.setPrivateWriting', { workshopId, privateWriting: true });
    const hidden = await call(session.server, 'note.create', { workshopId, text: HIDDEN, colour: 'yellow', authorId: seeded.people.K2.id, clusterId: seeded.clusters.A.id });
    expect(hidden).toMatchObject({ faceDown: true, clusterId: seeded.clusters.A.id });

    const status = await startJoining(session.server, workshopId);
    const phone = await joinedPhone(status.joinUrl);
    await phone.getByRole('button', { name: new RegExp(`^${PEOPLE.K1.name}`) }).tap();
    await phone.getByRole('heading', { level: 1, name: 'Skriv lappar' }).waitFor();
    await phone.getByLabel('Ny lapp').fill(OWN);
    await phone.getByRole('button', { name: 'Lägg till lappen' }).tap();
    await expect.poll(() => myNotes(phone).filter({ hasText: OWN }).textContent()).toContain('Dold');
    // Not shown the board yet: no board on the phone.
    expect(await phone.getByRole('region', { name: 'Tavlan' }).count()).toBe(0);

    // The facilitator opens the board tab, which puts the room there.
    await openWorkshopTab(page, 'Tavla');
    await expect.poll(async () => (await call(session.server, 'room.get', { workshopId })).view).toBe('board');
    const board = phone.getByRole('region', { name: 'Tavlan' });
    await board.waitFor();
    const notesOf = (heading: string): Locator => board.getByRole('region', { name: heading, exact: true }).getByRole('listitem');

    for (const cluster of Object.values(CLUSTERS)) {
      await expect.poll(() => notesOf(cluster.heading).allTextContents(), { message: cluster.heading }).toEqual([...cluster.notes]);
    }
    // Neither the other's hidden text nor a blank in its place; the own face-down note is only in the writer's own list, as the room does not see it yet.
    expect(await phone.getByText(HIDDEN).count()).toBe(0);
    expect(await phone.content()).not.toContain(HIDDEN);
    expect(await notesOf('Lappar utanför kluster').allTextContents()).toEqual([]);
    expect(await myNotes(phone).filter({ hasText: OWN }).textContent()).toContain('Dold');
    await phonePageFits(phone, 'board with notes face down');

    // Turned over: the phone's next refetch has the note in its cluster and the own note no longer hidden.
    await roomBar().getByRole('button', { name: 'Vänd alla lappar (2)' }).click();
    await expect.poll(() => notesOf(top.heading).allTextContents()).toEqual([...top.notes, HIDDEN]);
    await expect.poll(() => myNotes(phone).filter({ hasText: OWN }).textContent()).not.toContain('Dold');
    expect(await notesOf('Lappar utanför kluster').allTextContents()).toEqual([OWN]);
    await phonePageFits(phone, 'board turned over');
  });
});

describe('voting on a phone', () => {
  it('names a note someone else keeps face down as a hidden note, in the round and in its result', async () => {
    const workshopId = seeded.workshop.id;
    const HIDDEN = 'Hemtjänsten får veta om hemgången samma dag';
    await call(session.server, 'room.setPrivateWriting', { workshopId, privateWriting: true });
    const hidden = await call(session.server, 'note.create', { workshopId, text: HIDDEN, colour: 'yellow', authorId: seeded.people.K2.id });
    await call(session.server, 'matrix.place', { workshopId, placements: [{ itemId: hidden.id, kind: 'note', x: 0.5, y: 0.5 }] });
    const { round } = await call(session.server, 'voting.start', {
      workshopId,
      settings: { dotsPerParticipant: 2, scope: { kind: 'selection', itemIds: [seeded.clusters.A.id, hidden.id] } },
    });
    await call(session.server, 'room.show', { workshopId, view: 'voting', roundId: round.id });

    const status = await startJoining(session.server, workshopId);
    const phone = await joinedPhone(status.joinUrl);
    await phone.getByRole('button', { name: new RegExp(`^${PEOPLE.K1.name}`) }).tap();
    await phone.getByRole('heading', { level: 1, name: 'Rösta' }).waitFor();
    const labels = phone.locator('.phone-vote__label');
    await expect.poll(() => labels.allTextContents()).toEqual([CLUSTERS.A.heading, 'Dold lapp']);
    await phone.getByRole('button', { name: 'Lägg en prick på Dold lapp' }).tap();
    await phone.getByRole('status').filter({ hasText: '1 prick kvar' }).waitFor();
    expect(await phone.getByText(HIDDEN).count()).toBe(0);
    await phonePageFits(phone, 'voting on a hidden note');

    await call(session.server, 'voting.reveal', { roundId: round.id, revealed: true });
    await phone.getByRole('heading', { level: 1, name: 'Resultat' }).waitFor();
    const result = phone.getByRole('listitem').filter({ hasText: 'Dold lapp' });
    await expect.poll(() => result.textContent()).toContain('1 prick');
    expect(await phone.getByText(HIDDEN).count()).toBe(0);
    await phonePageFits(phone, 'result with a hidden note');
  });
});
