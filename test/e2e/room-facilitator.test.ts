/**
 * The facilitator's side of the workshop in the room, in the browser: the
 * room timer from the workshop page, private writing and turning the notes
 * over, focus mode on a 1440 × 900 laptop, the reveal of a round as a
 * moment, ten participants voting three dots each at the shared screen,
 * and the open tab kept in the address.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { NoteId } from '../../shared/board/schema';
import { formatRemaining } from '../../shared/room/timer';
import { boardNote } from './support/board';
import { expectAccessible } from './support/browser';
import { call, CLUSTERS, type ClusterKey, openWorkshopTab, seedWorkshop, shownResults, WORKSHOP } from './support/prioritisation';
import { useAppSession } from './support/session';

const session = useAppSession('samverkstad-room-');
let page: Page;
let seeded: Awaited<ReturnType<typeof seedWorkshop>>;

beforeEach(async () => {
  page = session.page;
  seeded = await seedWorkshop(session.server);
});

const roomBar = () => page.getByRole('region', { name: 'Rummet' });
const toasts = () => page.getByRole('region', { name: 'Meddelanden' });
const votingPanel = () => page.getByRole('region', { name: 'Röstning med prickar' });
const room = () => call(session.server, 'room.get', { workshopId: seeded.workshop.id });
const heading = (key: ClusterKey) => CLUSTERS[key].heading;
const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? null);

/** The part of the board's viewport that is on screen without scrolling the page. */
function boardOnScreen(): Promise<{ height: number; width: number }> {
  return page.evaluate(() => {
    const box = document.querySelector('.board-viewport')!.getBoundingClientRect();
    return { height: Math.max(0, Math.min(innerHeight, box.bottom) - Math.max(0, box.top)), width: box.width };
  });
}

/** Counts the clicks a user makes (real input, not script), from now on. */
async function countClicks(): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const counter = { clicks: 0 };
    Object.assign(window, { clickCounter: counter });
    document.addEventListener('pointerdown', (event) => {
      if (event.isTrusted) counter.clicks += 1;
    }, true);
  });
  return () => page.evaluate(() => (window as unknown as { clickCounter: { clicks: number } }).clickCounter.clicks);
}

describe('the room timer on the facilitator page', () => {
  it('starts from a preset, pauses, resumes, takes a minute more, ends quietly and stops; own minutes are checked', async () => {
    await openWorkshopTab(page, 'Tavla');
    await roomBar().getByRole('button', { name: '5 min' }).click();
    const clock = roomBar().getByRole('timer');
    await expect.poll(() => clock.textContent()).toMatch(/^Skrivtid [45]:\d\d$/);
    expect((await room()).timer).toMatchObject({ purpose: 'writing', durationSeconds: 300 });
    // The pressed preset is gone; focus moves on to the new controls instead of the page.
    expect(await focusedText()).toBe('Pausa');
    await expectAccessible(page, 'room bar with a running timer');

    await roomBar().getByRole('button', { name: 'Pausa' }).click();
    await expect.poll(async () => (await room()).timer?.runningSince).toBeNull();
    const paused = (await room()).timer!;
    await expect.poll(() => clock.textContent()).toBe(`Skrivtid ${formatRemaining(paused.remainingSeconds)} (pausad)`);

    await roomBar().getByRole('button', { name: 'Fortsätt' }).click();
    await expect.poll(async () => (await room()).timer?.runningSince).not.toBeNull();
    await roomBar().getByRole('button', { name: '+1 min' }).click();
    await expect.poll(async () => (await room()).timer!.remainingSeconds).toBeGreaterThan(paused.remainingSeconds + 50);

    // The timer keeps running on the other tabs.
    await page.getByRole('tab', { name: 'Röstning' }).click();
    await expect.poll(() => clock.textContent()).toMatch(/^Skrivtid [56]:\d\d$/);

    // The end, brought forward over the API: a calm line read out politely, no alert.
    const left = (await room()).timer!.remainingSeconds;
    await call(session.server, 'room.timer', { workshopId: seeded.workshop.id, change: { action: 'add', seconds: -Math.floor(left) + 1 } });
    const end = roomBar().getByText('Skrivtiden är slut.');
    await end.waitFor();
    expect(await end.getAttribute('aria-live')).toBe('polite');
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await clock.textContent()).toBe('Skrivtid 0:00');
    await expectAccessible(page, 'room bar, time is up');

    await roomBar().getByRole('button', { name: 'Stoppa' }).click();
    await roomBar().getByRole('button', { name: '3 min' }).waitFor();
    expect((await room()).timer).toBeNull();

    // Own minutes: nothing is started on a bad number; a good one starts a dialogue.
    await roomBar().getByLabel('Timer', { exact: true }).selectOption('dialogue');
    await roomBar().getByLabel('Egen tid (min)').fill('0');
    await roomBar().getByRole('button', { name: 'Starta', exact: true }).click();
    await roomBar().getByText('Ange hela minuter, från 1 till 180.').waitFor();
    expect(await roomBar().getByLabel('Egen tid (min)').getAttribute('aria-invalid')).toBe('true');
    expect((await room()).timer).toBeNull();
    await roomBar().getByLabel('Egen tid (min)').fill('7');
    await roomBar().getByLabel('Egen tid (min)').press('Enter');
    await expect.poll(() => clock.textContent()).toMatch(/^Dialog [67]:\d\d$/);
    expect((await room()).timer).toMatchObject({ purpose: 'dialogue', durationSeconds: 420 });
  });
});

describe('private writing', () => {
  it('writes new notes face down, marks them on the board, turns them all over in one undoable step', async () => {
    await openWorkshopTab(page, 'Tavla');
    const privately = roomBar().getByRole('checkbox', { name: 'Skriv dolt' });
    await privately.click();
    await expect.poll(() => privately.isChecked()).toBe(true);
    expect((await room()).privateWriting).toBe(true);

    const capture = page.getByLabel('Ny lapp');
    for (const text of ['Ingen ringer hem första kvällen', 'Nyckeln till hemmet saknas']) {
      await capture.fill(text);
      await capture.press('Enter');
      await boardNote(page, text).waitFor();
    }
    const faceDown = async () => (await call(session.server, 'board.get', { workshopId: seeded.workshop.id })).notes.filter((n) => n.faceDown).map((n) => n.text).sort();
    expect(await faceDown()).toEqual(['Ingen ringer hem första kvällen', 'Nyckeln till hemmet saknas']);
    // Marked in words on the facilitator's board, where the text stays readable; older notes are not.
    const marked = page.locator('.note.is-face-down');
    await expect.poll(() => marked.count()).toBe(2);
    expect(await boardNote(page, 'Nyckeln till hemmet saknas').textContent()).toContain('Dold');
    expect(await boardNote(page, CLUSTERS.A.notes[0]).textContent()).not.toContain('Dold');
    await expectAccessible(page, 'board with face-down notes');

    await roomBar().getByRole('button', { name: 'Vänd alla lappar (2)' }).click();
    await toasts().getByText('2 lappar är vända').waitFor();
    await expect.poll(() => marked.count()).toBe(0);
    expect(await faceDown()).toEqual([]);
    expect(await roomBar().getByRole('button', { name: 'Vänd alla lappar (0)' }).isDisabled()).toBe(true);

    await page.locator('body').press('Control+z');
    await expect.poll(() => marked.count()).toBe(2);
    expect(await faceDown()).toHaveLength(2);
    await page.getByRole('button', { name: /^Gör om/ }).and(page.locator(':enabled')).waitFor();
    await page.locator('body').press('Control+Shift+z');
    await expect.poll(() => marked.count()).toBe(0);

    // Writing in the open again: the next note is face up.
    await privately.click();
    await expect.poll(() => privately.isChecked()).toBe(false);
    await capture.fill('Matlådan kommer först på tisdag');
    await capture.press('Enter');
    await boardNote(page, 'Matlådan kommer först på tisdag').waitFor();
    expect(await faceDown()).toEqual([]);
  });
});

describe('focus mode', () => {
  it('gives the board most of a 1440 × 900 screen, is remembered, and fits forty notes only down to a readable size', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    // Forty notes in six clusters, as in a real workshop.
    const extra: NoteId[] = [];
    for (let i = 0; extra.length < 27; i++) {
      extra.push((await call(session.server, 'note.create', { workshopId: seeded.workshop.id, text: `Ytterligare en lapp om hemgången, nummer ${i + 1}`, colour: 'blue', authorId: null })).id);
    }
    const keys = Object.keys(CLUSTERS) as ClusterKey[];
    for (const [i, id] of extra.entries()) await call(session.server, 'note.setCluster', { ids: [id], clusterId: seeded.clusters[keys[i % keys.length]!].id });
    await openWorkshopTab(page, 'Tavla');
    await page.waitForFunction(() => document.body.dataset.boardReady === '1');

    // Without focus mode: little board on screen, and fitting forty notes into it would shrink them past reading.
    const before = await boardOnScreen();
    expect(before.height).toBeLessThan(400);
    const fit = page.getByRole('button', { name: 'Visa hela tavlan' });
    const zoom = page.locator('.zoom-controls__value');
    const notePx = () =>
      page.evaluate(() => {
        const note = document.querySelector('.note')!;
        return (note.getBoundingClientRect().width / 168) * parseFloat(getComputedStyle(note).fontSize);
      });
    await fit.click();
    // It stops where note text is still 12 px, and says the rest is a drag away.
    await toasts().getByText('Hela tavlan får inte plats i läsbar storlek. Dra i tavlan eller zooma ut för att se resten.').waitFor();
    await expect.poll(() => zoom.textContent()).toMatch(/^80\s%$/);
    expect(Math.round(await notePx())).toBeGreaterThanOrEqual(12);

    const toggle = page.getByRole('button', { name: 'Fokusläge' });
    await page.locator('body').press('Shift+F');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => (await boardOnScreen()).height).toBeGreaterThanOrEqual(600);
    const after = await boardOnScreen();
    expect(after.width).toBeGreaterThan(1300);
    expect(await page.getByLabel('Ny lapp').isVisible()).toBe(false);
    expect(await page.getByRole('complementary', { name: 'Kluster och lappar' }).isVisible()).toBe(false);
    // The room bar stays in view above the board.
    expect(await roomBar().isVisible()).toBe(true);
    await expectAccessible(page, 'board in focus mode');
    await fit.click();
    await expect.poll(async () => Number.parseInt((await zoom.textContent()) ?? '', 10)).toBeGreaterThanOrEqual(80);
    expect(Math.round(await notePx())).toBeGreaterThanOrEqual(12);

    // Remembered over a reload.
    await page.reload();
    await page.waitForFunction(() => document.body.dataset.boardReady === '1');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByLabel('Ny lapp').isVisible()).toBe(false);

    // N for a new note brings the capture bar back, ready to type.
    await page.locator('body').press('n');
    await expect.poll(() => page.getByLabel('Ny lapp').evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
  });
});

describe('the reveal', () => {
  it('brings the results to the top of the facilitator window and the round to the room, picked rounds included', async () => {
    const first = await call(session.server, 'voting.start', { workshopId: seeded.workshop.id, settings: {} });
    await call(session.server, 'voting.setStatus', { roundId: first.round.id, status: 'closed' });
    const second = await call(session.server, 'voting.start', { workshopId: seeded.workshop.id, settings: {} });
    for (const [person, key] of [['K1', 'A'], ['K2', 'A'], ['R1', 'B']] as const) {
      await call(session.server, 'voting.cast', { roundId: second.round.id, participantId: seeded.people[person].id, itemId: seeded.clusters[key].id });
    }
    await openWorkshopTab(page, 'Röstning');
    await votingPanel().getByRole('heading', { name: 'Omgång 2' }).waitFor();
    await expect.poll(async () => (await room()).view).toBe('voting');

    // Picking a round puts that round on the room's screen.
    await votingPanel().getByRole('button', { name: 'Omgång 1' }).click();
    await expect.poll(async () => (await room()).roundId).toBe(first.round.id);
    await votingPanel().getByRole('button', { name: 'Omgång 2' }).click();
    await expect.poll(async () => (await room()).roundId).toBe(second.round.id);

    await votingPanel().getByRole('button', { name: 'Visa resultat', exact: true }).click();
    const results = votingPanel().getByRole('heading', { name: 'Resultat för omgång 2' });
    await results.waitFor();
    await expect.poll(() => results.evaluate((el) => el === document.activeElement)).toBe(true);
    // At the top of the window, with the chart under it; the voting controls made way.
    const top = await results.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(100);
    const chart = await votingPanel().locator('.results-chart__rows').evaluate((el) => el.getBoundingClientRect());
    expect(chart.top).toBeLessThan(800);
    expect(await votingPanel().getByRole('button', { name: /^Sätt en prick/ }).count()).toBe(0);
    expect(await room()).toMatchObject({ view: 'voting', roundId: second.round.id });
    expect((await shownResults(page, 'Rangordning i omgång 2')).slice(0, 2).map((r) => [r.title, r.votes])).toEqual([
      [heading('A'), 2],
      [heading('B'), 1],
    ]);
    await expectAccessible(page, 'results after the reveal');

    // Hiding the counts gives the voting back.
    await votingPanel().getByRole('button', { name: 'Dölj resultat' }).click();
    await votingPanel().getByRole('button', { name: `Sätt en prick på ${heading('A')}` }).waitFor();
  });
});

describe('voting in the room', () => {
  it('ten participants, three dots each: the next voter is picked, one can vote by keyboard, and one click reveals', async () => {
    const more = [
      { name: 'Nils Berg', organisation: 'Karlskrona kommun', huvudman: 'kommun', role: 'Arbetsterapeut' },
      { name: 'Petra Lund', organisation: 'Blekingesjukhuset', huvudman: 'region', role: 'Undersköterska' },
    ] as const;
    for (const person of more) await call(session.server, 'participant.create', { workshopId: seeded.workshop.id, ...person });
    await call(session.server, 'voting.start', { workshopId: seeded.workshop.id, settings: {} });
    await openWorkshopTab(page, 'Röstning');
    await votingPanel().getByRole('heading', { name: 'Omgång 1' }).waitFor();

    // In the order the picker lists them.
    const names = await votingPanel().locator('.voter-picker__name').allTextContents();
    expect(names).toHaveLength(10);
    const voter = (name: string) => votingPanel().getByRole('group', { name: 'Vem röstar nu?' }).getByRole('button', { name: new RegExp(`^${name}`) });
    const cast = (key: ClusterKey) => votingPanel().getByRole('button', { name: `Sätt en prick på ${heading(key)}` });
    const status = () => votingPanel().getByRole('status').first();
    const clicks = await countClicks();

    // The first voter is picked already and votes by keyboard: +, Enter, a change of mind with −, then +.
    await expect.poll(() => voter(names[0]!).getAttribute('aria-pressed')).toBe('true');
    await cast('A').focus();
    await page.keyboard.press('+');
    await page.keyboard.press('Enter');
    await expect.poll(() => status().textContent()).toBe(`${names[0]} har 1 prick kvar`);
    await page.keyboard.press('-');
    await expect.poll(() => status().textContent()).toBe(`${names[0]} har 2 prickar kvar`);
    await page.keyboard.press('+');
    await page.keyboard.press('Tab');
    await page.keyboard.press('+');
    // The last dot hands the screen to the next participant who has dots.
    await expect.poll(() => voter(names[1]!).getAttribute('aria-pressed')).toBe('true');
    expect(await status().textContent()).toBe(`${names[0]} är klar. Nu röstar ${names[1]}, som har 3 prickar kvar`);

    // The picker is one tab stop; arrows move along it without picking.
    expect(await votingPanel().locator('.voter-picker__button[tabindex="0"]').count()).toBe(1);
    await voter(names[1]!).focus();
    await page.keyboard.press('ArrowRight');
    expect(await voter(names[2]!).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowLeft');
    expect(await voter(names[1]!).evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAccessible(page, 'room voting with the keyboard');

    // Everyone else by mouse, three clicks each and none on the picker.
    const plan: readonly ClusterKey[][] = [['A', 'C', 'E'], ['B', 'C', 'D'], ['A', 'A', 'D'], ['A', 'B', 'D'], ['B', 'C', 'E'], ['A', 'D', 'F'], ['B', 'C', 'E'], ['A', 'B', 'F'], ['C', 'D', 'E']];
    for (const [i, dots] of plan.entries()) {
      const name = names[i + 1]!;
      await expect.poll(() => voter(name).getAttribute('aria-pressed')).toBe('true');
      for (const key of dots) await cast(key).click();
      await expect.poll(() => voter(name).textContent()).toContain('Klar');
    }
    await votingPanel().getByText('30 prickar satta').waitFor();
    await expect.poll(() => status().textContent()).toBe('Alla har röstat — visa resultat?');
    await votingPanel().getByRole('button', { name: 'Ja, visa resultatet' }).click();

    const rows = await shownResults(page, 'Rangordning i omgång 1');
    const expected = new Map<string, number>();
    for (const key of [...['A', 'A', 'B'], ...plan.flat()] as ClusterKey[]) expected.set(heading(key), (expected.get(heading(key)) ?? 0) + 1);
    expect(Object.fromEntries(rows.map((r) => [r.title, r.votes]))).toEqual(Object.fromEntries(expected));
    await expect.poll(() => votingPanel().getByRole('heading', { name: 'Resultat för omgång 1' }).evaluate((el) => el === document.activeElement)).toBe(true);
    // 27 dots and the reveal by mouse; the first voter's 3 dots by keyboard. No click went to picking a voter.
    expect(await clicks()).toBe(28);
  }, 120_000);
});

describe('the open tab in the address', () => {
  it('survives a reload, and Back from a link in the summary returns to the summary', async () => {
    const { round } = await call(session.server, 'voting.start', { workshopId: seeded.workshop.id, settings: {} });
    await call(session.server, 'voting.cast', { roundId: round.id, participantId: seeded.people.K1.id, itemId: seeded.clusters.A.id });
    await call(session.server, 'voting.reveal', { roundId: round.id, revealed: true });
    await call(session.server, 'outcome.prioritiseTop', { roundId: round.id, top: 1 });
    const [area] = await call(session.server, 'improvementArea.list', { programmeId: seeded.programme.id });
    const plan = await call(session.server, 'plan.create', { programmeId: seeded.programme.id, title: 'Handlingsplan Karlskrona', periodStart: null, periodEnd: null });
    await call(session.server, 'planArea.fromImprovementArea', { planId: plan.id, improvementAreaId: area!.id });

    await openWorkshopTab(page, 'Fyrfältare');
    expect(page.url()).toMatch(/#\/workshop\/[^/]+\/matrix$/);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: WORKSHOP }).waitFor();
    await expect.poll(() => page.getByRole('tab', { name: 'Fyrfältare' }).getAttribute('aria-selected')).toBe('true');

    await page.getByRole('tab', { name: 'Sammanfattning' }).click();
    const summary = page.getByRole('region', { name: 'Sammanfattning', exact: true });
    await summary.getByRole('link', { name: new RegExp(plan.title) }).click();
    await page.getByRole('heading', { level: 1, name: plan.title }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: WORKSHOP }).waitFor();
    await expect.poll(() => page.getByRole('tab', { name: 'Sammanfattning' }).getAttribute('aria-selected')).toBe('true');
    expect(page.url()).toMatch(/#\/workshop\/[^/]+\/summary$/);
  });
});
