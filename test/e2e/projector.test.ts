/**
 * The projector view as the room meets it: opened from the workshop page as
 * a second tab, it follows the facilitator's tab through the board, the
 * matrix and the vote to the revealed results; it never shows who put dots
 * where; face-down notes are blank cards until they are turned over; and the
 * room timer counts down in its corner and ends with a visible signal.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../shared/api/contract';
import { expectAccessible } from './support/browser';
import { call, CLUSTERS, type ClusterKey, openWorkshopTab, PEOPLE, type Person, seedWorkshop, VOTES, WORKSHOP } from './support/prioritisation';
import { useAppSession } from './support/session';

const session = useAppSession('samverkstad-projector-');
let page: Page;
let projector: Page;
let failures: string[];

beforeEach(() => {
  page = session.page;
  failures = [];
});

/** Opens the projector view the way the facilitator does, from the workshop page; it lands in a tab of its own. */
async function openProjector(): Promise<Page> {
  const [opened] = await Promise.all([session.context.waitForEvent('page'), page.getByRole('link', { name: 'Öppna projektorvy' }).click()]);
  opened.on('pageerror', (error) => failures.push(error.message));
  // A 720p projector: the smallest screen the view is built for.
  await opened.setViewportSize({ width: 1280, height: 720 });
  await opened.getByRole('main').waitFor();
  return opened;
}

const step = () => projector.getByRole('heading', { level: 2 });
const stageText = async () => (await projector.locator('.projector__stage').textContent()) ?? '';

async function openWorkshop(workshopId: string): Promise<void> {
  await page.evaluate((hash) => (window.location.hash = hash), `#/workshop/${workshopId}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

describe('the projector view', () => {
  it('follows the facilitator from the board through the matrix and the vote to the results, never showing who voted what', async () => {
    const seeded = await seedWorkshop(session.server);
    const workshopId = seeded.workshop.id;
    const keys = Object.keys(CLUSTERS) as ClusterKey[];
    await openWorkshopTab(page, 'Tavla');
    projector = await openProjector();

    // The board: 13 notes in six clusters do not fit at a readable size on 1280×720, so the clusters show with their counts.
    await expect.poll(() => step().textContent()).toBe('Tavlan');
    const clusters = projector.getByRole('list', { name: 'Kluster' }).getByRole('listitem');
    await expect.poll(() => clusters.count()).toBe(6);
    expect(await clusters.first().textContent()).toBe(`${CLUSTERS.A.heading}3 lappar`);
    expect(await projector.locator('.projector-note').count()).toBe(0);
    await expectAccessible(projector, 'projector board');

    // Zoomed to one cluster, its notes show large.
    await call(session.server, 'room.show', { workshopId, view: 'board', clusterId: seeded.clusters.D.id });
    await projector.getByRole('heading', { level: 3, name: CLUSTERS.D.heading }).waitFor();
    expect(await projector.locator('.projector-note').allTextContents()).toEqual([...CLUSTERS.D.notes]);
    const size = await projector.locator('.projector-note__text').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(16);

    // The matrix.
    await call(session.server, 'matrix.place', {
      workshopId,
      placements: keys.map((key, i) => ({ itemId: seeded.clusters[key].id, kind: 'cluster' as const, x: 0.2 + (i % 3) * 0.3, y: i < 3 ? 0.25 : 0.75 })),
    });
    await page.getByRole('tab', { name: 'Fyrfältare', exact: true }).click();
    await expect.poll(() => step().textContent()).toBe('Fyrfältaren');
    const placed = projector.getByRole('list', { name: 'Placerade i fyrfältaren' }).getByRole('listitem');
    await expect.poll(() => placed.count()).toBe(6);
    const placedText = (await placed.allTextContents()).join(' ');
    for (const key of keys) expect(placedText).toContain(CLUSTERS[key].heading);
    await expectAccessible(projector, 'projector matrix');

    // The vote: counts only, never per person.
    const round = await call(session.server, 'voting.start', { workshopId, settings: { dotsPerParticipant: 3 } });
    await page.getByRole('tab', { name: 'Röstning', exact: true }).click();
    await expect.poll(() => step().textContent()).toBe('Röstning');
    await projector.getByRole('heading', { level: 3, name: 'Omgång 1' }).waitFor();
    const figures = projector.locator('.projector-figure dd');
    await expect.poll(() => figures.allTextContents()).toEqual(['0', '0 av 8']);
    expect(await projector.locator('.projector-round__list li').allTextContents()).toEqual(keys.map((key) => CLUSTERS[key].heading));

    const cast = async (person: Person) => {
      for (const key of VOTES[person]) await call(session.server, 'voting.cast', { roundId: round.round.id, participantId: seeded.people[person].id, itemId: seeded.clusters[key].id });
    };
    await cast('K1');
    await cast('R1');
    await call(session.server, 'voting.cast', { roundId: round.round.id, participantId: seeded.people.P1.id, itemId: seeded.clusters.F.id });
    await expect.poll(() => figures.allTextContents()).toEqual(['7', '2 av 8']);
    const shown = await stageText();
    for (const person of Object.values(PEOPLE)) expect(shown).not.toContain(person.name);
    expect(shown).toContain('Resultatet visas när processledaren visar det.');
    await expectAccessible(projector, 'projector voting');

    // The reveal: the facilitator's button puts the results on the projector.
    for (const person of ['K2', 'K3', 'R2', 'R3', 'X1'] as const) await cast(person);
    for (const key of VOTES.P1.slice(0, 2)) await call(session.server, 'voting.cast', { roundId: round.round.id, participantId: seeded.people.P1.id, itemId: seeded.clusters[key].id });
    await expect.poll(() => figures.allTextContents()).toEqual(['24', '8 av 8']);
    await page.getByRole('button', { name: 'Visa resultat', exact: true }).click();
    await projector.getByRole('heading', { level: 3, name: 'Resultat omgång 1' }).waitFor();
    expect(await projector.locator('.projector-results ol.visually-hidden li').allTextContents()).toEqual([
      `1:a plats: ${CLUSTERS.A.heading}, 7 prickar`,
      `2:a plats: ${CLUSTERS.B.heading}, 5 prickar`,
      `Delad 3:e plats: ${CLUSTERS.C.heading}, 4 prickar`,
      `Delad 3:e plats: ${CLUSTERS.D.heading}, 4 prickar`,
      `5:e plats: ${CLUSTERS.E.heading}, 3 prickar`,
      `6:e plats: ${CLUSTERS.F.heading}, 1 prick`,
    ]);
    expect(await projector.locator('.results-chart__votes').allTextContents()).toEqual(['7', '5', '4', '4', '3', '1']);
    await expectAccessible(projector, 'projector results');

    // The summary: the areas the workshop prioritised.
    await call(session.server, 'outcome.prioritiseTop', { roundId: round.round.id, top: 2 });
    await page.getByRole('tab', { name: 'Sammanfattning', exact: true }).click();
    await projector.getByRole('heading', { level: 3, name: 'Prioriterade områden' }).waitFor();
    await expect.poll(() => projector.locator('.projector-summary__title').allTextContents()).toEqual([CLUSTERS.A.heading, CLUSTERS.B.heading]);
    await expectAccessible(projector, 'projector summary');

    // The participant list has nothing for the room: the projector shows the workshop's welcome.
    await page.getByRole('tab', { name: 'Deltagare', exact: true }).click();
    await projector.getByRole('heading', { level: 1, name: WORKSHOP }).waitFor();
    await expectAccessible(projector, 'projector welcome');
    expect(failures).toEqual([]);
  });

  it('shows notes written face down as blank cards, with no text in the page, until they are turned over', async () => {
    const programme = await call(session.server, 'programme.create', { name: 'LOS Ronneby', area: 'Ronneby', level: 'lokal', description: '' });
    const workshop = await call(session.server, 'workshop.create', { programmeId: programme.id, title: 'Tyst skrivning', date: null, type: 'verksamhet', goals: '' });
    const workshopId = workshop.id;
    const write = (text: string) => call(session.server, 'note.create', { workshopId, text, colour: 'green', authorId: null });
    await write('Ingen vet vem som ringer hem');
    await call(session.server, 'room.setPrivateWriting', { workshopId, privateWriting: true });
    const secret: MethodOutput<'note.create'>[] = [await write('Hemlig tanke om läkemedel'), await write('Hemlig tanke om helgen')];
    await call(session.server, 'room.setPrivateWriting', { workshopId, privateWriting: false });
    await openWorkshop(workshopId);
    projector = await openProjector();

    // Three notes fit: every note is a card, the face-down ones blank.
    const cards = projector.locator('.projector-note');
    await expect.poll(() => cards.count()).toBe(3);
    expect(await projector.locator('.projector-note--face-down').count()).toBe(2);
    expect(await projector.getByText('dold lapp', { exact: true }).count()).toBe(2);
    const html = await projector.content();
    expect(html).not.toContain('Hemlig');
    expect(await stageText()).toContain('Ingen vet vem som ringer hem');
    await expectAccessible(projector, 'projector face-down notes');

    // In a cluster the facilitator zooms to, still blank.
    const cluster = await call(session.server, 'cluster.create', { workshopId, heading: 'Läkemedel', noteIds: [secret[0]!.id] });
    await call(session.server, 'room.show', { workshopId, view: 'board', clusterId: cluster.id });
    await projector.getByRole('heading', { level: 3, name: 'Läkemedel' }).waitFor();
    expect(await cards.count()).toBe(1);
    expect(await projector.locator('.projector-note--face-down').count()).toBe(1);
    expect(await projector.content()).not.toContain('Hemlig');

    // Turned over, the text shows.
    expect(await call(session.server, 'note.turnOver', { workshopId })).toBe(2);
    await expect.poll(() => cards.allTextContents()).toEqual(['Hemlig tanke om läkemedel']);
    await call(session.server, 'room.show', { workshopId, view: 'board', clusterId: null });
    await expect.poll(() => projector.locator('.projector-note__text').allTextContents()).toEqual(['Hemlig tanke om läkemedel', 'Ingen vet vem som ringer hem', 'Hemlig tanke om helgen']);
    expect(await projector.locator('.projector-note--face-down').count()).toBe(0);
    expect(failures).toEqual([]);
  });

  it('counts the room timer down in its corner and ends it with a visible signal; full screen and the tone are the only controls', async () => {
    const programme = await call(session.server, 'programme.create', { name: 'LOS Ronneby', area: 'Ronneby', level: 'lokal', description: '' });
    const workshop = await call(session.server, 'workshop.create', { programmeId: programme.id, title: 'Dialog i grupper', date: '2027-05-12', type: 'verksamhet', goals: '' });
    const workshopId = workshop.id;
    await openWorkshop(workshopId);
    projector = await openProjector();
    await projector.getByRole('heading', { level: 2, name: 'Tavlan' }).waitFor();

    const timer = projector.getByRole('timer', { name: 'Skrivtid' });
    const status = projector.locator('.projector-timer__status');
    await call(session.server, 'room.timer', { workshopId, change: { action: 'start', purpose: 'writing', durationSeconds: 120 } });
    await timer.waitFor();
    expect(await timer.textContent()).toMatch(/^(2:00|1:[0-5]\d)$/);
    // It sits in the bar above the stage, so it never covers the board.
    const [clock, stage] = await Promise.all([timer.boundingBox(), projector.locator('.projector__stage').boundingBox()]);
    expect(clock!.y + clock!.height).toBeLessThanOrEqual(stage!.y);

    await call(session.server, 'room.timer', { workshopId, change: { action: 'pause' } });
    await expect.poll(() => status.textContent()).toBe('Pausad');
    await call(session.server, 'room.timer', { workshopId, change: { action: 'resume' } });
    await expect.poll(() => status.textContent()).toBe('');

    // The facilitator takes the time away: the timer ends.
    await call(session.server, 'room.timer', { workshopId, change: { action: 'add', seconds: -120 } });
    await expect.poll(() => status.textContent()).toBe('Tiden är ute');
    expect(await timer.textContent()).toBe('0:00');
    expect(await projector.locator('.projector-timer--ended').count()).toBe(1);
    await expectAccessible(projector, 'projector timer ended');

    // Dialogue time reads as such.
    await call(session.server, 'room.timer', { workshopId, change: { action: 'start', purpose: 'dialogue', durationSeconds: 600 } });
    await projector.getByRole('timer', { name: 'Dialog' }).waitFor();
    await call(session.server, 'room.timer', { workshopId, change: { action: 'clear' } });
    await expect.poll(() => projector.getByRole('timer').count()).toBe(0);

    // The tone is off until turned on, and stays on after a reload.
    const tone = projector.getByRole('button', { name: 'Ljud vid tidens slut' });
    expect(await tone.getAttribute('aria-pressed')).toBe('false');
    await tone.click();
    expect(await tone.getAttribute('aria-pressed')).toBe('true');
    await projector.reload();
    await projector.getByRole('heading', { level: 2, name: 'Tavlan' }).waitFor();
    expect(await tone.getAttribute('aria-pressed')).toBe('true');

    // F puts the page full screen, Esc leaves.
    await projector.keyboard.press('f');
    await projector.getByRole('button', { name: 'Lämna helskärm' }).waitFor();
    expect(await projector.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await projector.keyboard.press('Escape');
    await projector.getByRole('button', { name: 'Helskärm', exact: true }).waitFor();

    // Nothing else on the page can be operated.
    const controls = await projector.locator('button, a[href], input, select, textarea, [tabindex]:not([tabindex="-1"])').evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => el.textContent));
    expect(controls).toEqual(['Helskärm', 'Ljud vid tidens slut', 'Hjälp']);
    expect(failures).toEqual([]);
  });
});
