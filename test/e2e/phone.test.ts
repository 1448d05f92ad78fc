/**
 * On a phone-sized screen (360 × 740) no page scrolls sideways: the start
 * page, a programme, and every tab of a workshop holding the long names and
 * Swedish compounds a real one has, in both languages.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { apiCall, seedExampleWorkshop } from './support/board';
import { useAppSession } from './support/session';

const session = useAppSession('samverkstad-phone-');
let page: Page;

beforeEach(() => {
  page = session.page;
});

const PHONE = { width: 360, height: 740 };
const LONG_NOTE = 'Samverkansöverenskommelsen efterlevs inte av hemsjukvårdsorganisationen';
const LONG_CLUSTER = 'Läkemedelsgenomgångar och läkemedelslistor';
const PERSON = 'Anna Berg-Lindqvist';

/** How far the page reaches past the right edge of the screen. */
const sideways = () => page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);

async function seed() {
  const { programme, workshop } = await seedExampleWorkshop(session.server);
  const person = await apiCall(session.server, 'participant.create', {
    workshopId: workshop.id,
    name: PERSON,
    organisation: 'Ronneby kommun, äldreomsorgens biståndsenhet',
    huvudman: 'kommun',
    role: 'Biståndshandläggare inom äldreomsorgen',
  });
  const notes = [];
  for (const text of ['Läkemedelslistan stämmer inte vid utskrivningen', LONG_NOTE, 'SIP-mötet blir inte av', 'Kallelse till SIP kommer för sent']) {
    notes.push(await apiCall(session.server, 'note.create', { workshopId: workshop.id, text, colour: 'yellow', authorId: person.id }));
  }
  const medication = await apiCall(session.server, 'cluster.create', { workshopId: workshop.id, heading: LONG_CLUSTER, noteIds: [notes[0]!.id, notes[1]!.id] });
  await apiCall(session.server, 'cluster.create', { workshopId: workshop.id, heading: 'Samordnad individuell plan', noteIds: [notes[2]!.id, notes[3]!.id] });
  const round = await apiCall(session.server, 'voting.start', { workshopId: workshop.id, settings: {} });
  await apiCall(session.server, 'voting.cast', { roundId: round.round.id, participantId: person.id, itemId: medication.id });
  await apiCall(session.server, 'voting.reveal', { roundId: round.round.id, revealed: true });
  return { programme, workshop };
}

/** What each tab shows once its data is in, so the width is measured on the full page. */
const SHOWN: Readonly<Record<string, string>> = {
  Tavla: LONG_NOTE,
  Board: LONG_NOTE,
  Deltagare: PERSON,
  Participants: PERSON,
};

async function everyTabFits(): Promise<void> {
  const tabs = page.getByRole('tablist').first().getByRole('tab');
  for (const name of await tabs.allInnerTexts()) {
    await tabs.filter({ hasText: name }).click();
    const panel = page.getByRole('tabpanel', { name });
    await panel.getByText(SHOWN[name] ?? LONG_CLUSTER).first().waitFor();
    expect(await sideways(), `the ${name} tab`).toBeLessThanOrEqual(0);
  }
}

async function openWorkshop(title: string): Promise<void> {
  await page.getByRole('list', { name: 'Workshoppar' }).getByRole('link', { name: title }).click();
  await page.waitForFunction(() => document.body.dataset.boardReady === '1');
}

describe('a phone-sized screen', () => {
  it('never scrolls sideways on the start page, a programme or any workshop tab', async () => {
    const { programme, workshop } = await seed();
    await page.setViewportSize(PHONE);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Förbättringsprogram' }).waitFor();
    await page.getByRole('link', { name: programme.name }).waitFor();
    expect(await sideways(), 'the start page').toBeLessThanOrEqual(0);

    await page.getByRole('link', { name: programme.name }).click();
    await page.getByRole('heading', { level: 1, name: programme.name }).waitFor();
    await page.getByRole('link', { name: workshop.title }).first().waitFor();
    expect(await sideways(), 'the programme page').toBeLessThanOrEqual(0);

    await openWorkshop(workshop.title);
    await everyTabFits();

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('tab', { name: 'Board' }).waitFor();
    await everyTabFits();

    await page.getByRole('navigation', { name: 'You are here' }).getByRole('link', { name: programme.name }).click();
    await page.getByRole('heading', { level: 1, name: programme.name }).waitFor();
    await page.getByRole('link', { name: workshop.title }).first().waitFor();
    expect(await sideways(), 'the programme page in English').toBeLessThanOrEqual(0);
  });
});
