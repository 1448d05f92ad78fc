/**
 * Steps 4–6 of the workshop method in the browser, the way a facilitator
 * runs them on a projector: clusters sorted on the four-field matrix by
 * keyboard and by drag, eight participants dot-voting at the shared screen,
 * the reveal with ties and the split by huvudman, a second round counted
 * from paper, the decisions, and the summary exported to Excel.
 */
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Locator, Page, Response as PageResponse } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/browser';
import {
  call,
  CLUSTERS,
  type ClusterKey,
  heading,
  matrixParts,
  openWorkshopTab,
  PEOPLE,
  type Person,
  plannedTotals,
  PROGRAMME,
  type Seeded,
  seedWorkshop,
  shownResults,
  VOTES,
  voteByPlan,
} from './support/prioritisation';
import { useAppSession } from './support/session';

const session = useAppSession('samverkstad-prio-');
let page: Page;
let seeded: Seeded;

beforeEach(async () => {
  page = session.page;
  seeded = await seedWorkshop(session.server);
});

const dialog = () => page.getByRole('dialog');
const toasts = () => page.getByRole('region', { name: 'Meddelanden' });
const matrixPanel = () => matrixParts(page).panel;
const tray = () => matrixParts(page).tray;
const placedList = () => matrixParts(page).placed;
const votingPanel = () => page.getByRole('region', { name: 'Röstning med prickar' });
const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);

async function placement(key: ClusterKey) {
  const matrix = await call(session.server, 'matrix.get', { workshopId: seeded.workshop.id });
  return matrix.placements.find((p) => p.itemId === seeded.clusters[key].id) ?? null;
}

/** Drags a card with the mouse to a point of the matrix given in matrix coordinates. */
async function dragTo(card: Locator, x: number, y: number): Promise<void> {
  const from = await card.boundingBox();
  const box = await matrixPanel().locator('.matrix-box').boundingBox();
  if (!from || !box) throw new Error('card or matrix not visible');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * x, box.y + box.height * y, { steps: 12 });
  await page.mouse.up();
}

const votedRound = () => voteByPlan(session.server, seeded);

describe('prioritising in the workshop', () => {
  it('places clusters by keyboard and by drag, takes one back and undoes it, renames the fields and lets a free note in', async () => {
    await openWorkshopTab(page, 'Fyrfältare');
    await expect.poll(() => tray().getByRole('listitem').count()).toBe(6);
    await expectAccessible(page, 'matrix');

    // Keys 1–4 pick a field (reading order); arrows fine-tune, Shift for big steps.
    await tray().getByRole('button', { name: heading('A') }).focus();
    await page.keyboard.press('1');
    await placedList().getByRole('button', { name: heading('A') }).waitFor();
    expect(await focusedName()).toBe(heading('A'));
    await expect.poll(() => placement('A')).not.toBeNull();
    const keyed = (await placement('A'))!;
    expect(keyed.x).toBeLessThan(0.5);
    expect(keyed.y).toBeLessThan(0.5);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(() => placement('A')).toMatchObject({ x: Math.round((keyed.x + 0.04) * 1e4) / 1e4, y: Math.round((keyed.y + 0.1) * 1e4) / 1e4 });

    await tray().getByRole('button', { name: heading('B') }).focus();
    await page.keyboard.press('4');
    await expect.poll(() => placement('B')).not.toBeNull();
    const b = (await placement('B'))!;
    expect(b.x).toBeGreaterThanOrEqual(0.5);
    expect(b.y).toBeGreaterThanOrEqual(0.5);

    // By mouse: from the tray into "enkelt, lång sikt".
    await dragTo(tray().getByRole('button', { name: heading('C') }), 0.8, 0.2);
    await placedList().getByRole('button', { name: heading('C') }).waitFor();
    await expect.poll(() => placement('C')).not.toBeNull();
    const c = (await placement('C'))!;
    expect(c.x).toBeCloseTo(0.8, 1);
    expect(c.y).toBeCloseTo(0.2, 1);
    await expect.poll(() => tray().getByRole('listitem').count()).toBe(3);

    // The card says where it is to a screen reader.
    const described = await placedList()
      .getByRole('button', { name: heading('C') })
      .evaluate((el) => (el.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
    expect(described).toContain('Enkelt, lång sikt');
    expect(described).toContain('2 lappar');

    // Delete returns the card to the tray and keeps focus on it; Ctrl+Z puts it back.
    await placedList().getByRole('button', { name: heading('B') }).focus();
    await page.keyboard.press('Delete');
    await tray().getByRole('button', { name: heading('B') }).waitFor();
    expect(await focusedName()).toBe(heading('B'));
    await expect.poll(() => placement('B')).toBeNull();
    await page.locator('body').press('Control+z');
    await placedList().getByRole('button', { name: heading('B') }).waitFor();
    await expect.poll(() => placement('B')).toMatchObject({ x: b.x, y: b.y });

    await expectAccessible(page, 'matrix with placed cards');

    // A workshop may word the matrix its own way; the standard wording comes back on request.
    await matrixPanel().getByRole('button', { name: 'Ändra rubriker' }).click();
    await dialog().getByLabel('Enkelt, kort sikt').fill('Snabba vinster');
    await dialog().getByLabel('Vänster (kort sikt)').fill('Inom ett halvår');
    await dialog().getByRole('button', { name: 'Spara' }).click();
    await matrixPanel().getByText('Snabba vinster', { exact: true }).waitFor();
    await matrixPanel().getByText('Inom ett halvår', { exact: true }).waitFor();
    expect((await call(session.server, 'matrix.get', { workshopId: seeded.workshop.id })).labels?.quadrants['simple-short']).toBe('Snabba vinster');
    await matrixPanel().getByRole('button', { name: 'Ändra rubriker' }).click();
    await dialog().getByRole('button', { name: 'Använd standardrubrikerna' }).click();
    await matrixPanel().getByText('Enkelt, kort sikt', { exact: true }).waitFor();

    // Notes outside any cluster can join when the room wants them.
    await call(session.server, 'note.create', { workshopId: seeded.workshop.id, text: 'Tolk bokas inte till planeringen', colour: 'pink', authorId: null });
    await expect.poll(() => tray().getByRole('listitem').count()).toBe(3);
    await matrixPanel().getByLabel('Visa även lappar utan kluster').check();
    await tray().getByRole('button', { name: 'Tolk bokas inte till planeringen' }).focus();
    await page.keyboard.press('3');
    await placedList().getByRole('button', { name: 'Tolk bokas inte till planeringen' }).waitFor();
  });

  it('eight participants vote at the shared screen; the reveal shows ties and the split by huvudman', async () => {
    await call(session.server, 'matrix.place', {
      workshopId: seeded.workshop.id,
      placements: [
        { itemId: seeded.clusters.A.id, kind: 'cluster', x: 0.2, y: 0.3 },
        { itemId: seeded.clusters.F.id, kind: 'cluster', x: 0.9, y: 0.9 },
      ],
    });
    await openWorkshopTab(page, 'Röstning');
    await votingPanel().getByText('Ingen röstningsomgång ännu').waitFor();
    await expectAccessible(page, 'voting, no round');

    await votingPanel().getByRole('button', { name: 'Ny omgång' }).click();
    await expect.poll(() => dialog().getByLabel('Prickar per deltagare').inputValue()).toBe('3');
    await expectAccessible(page, 'new round dialog');
    await dialog().getByRole('button', { name: 'Starta omgången' }).click();
    await votingPanel().getByRole('heading', { name: 'Omgång 1' }).waitFor();
    // Everything the screen hears about the round until the reveal, to show it never held where others put their dots.
    const heard: { method: string; body: Promise<unknown> }[] = [];
    const listen = (response: PageResponse): void => {
      const method = new URL(response.url()).pathname.replace('/api/', '');
      if (method.startsWith('voting.')) heard.push({ method, body: response.json() });
    };
    page.on('response', listen);

    const voter = (person: Person) => votingPanel().getByRole('button', { name: new RegExp(`^${PEOPLE[person].name}`) });
    const cast = (key: ClusterKey) => votingPanel().getByRole('button', { name: `Sätt en prick på ${heading(key)}` });
    const retract = (key: ClusterKey) => votingPanel().getByRole('button', { name: `Ta tillbaka en prick från ${heading(key)}` });
    const status = () => votingPanel().getByRole('status').filter({ hasText: /kvar|prickar|röstat/ }).first();

    // Anna changes her mind once: a dot taken back while the round is open.
    // She is first in the list, so she is picked already; her last dot hands the screen to Karin.
    await expect.poll(() => voter('K1').getAttribute('aria-pressed')).toBe('true');
    await cast('A').click();
    await cast('A').click();
    await cast('C').click();
    await expect.poll(() => voter('K2').getAttribute('aria-pressed')).toBe('true');
    expect(await status().textContent()).toBe('Anna Berg är klar. Nu röstar Karin Holm, som har 3 prickar kvar');
    await voter('K1').click();
    await expect.poll(() => status().textContent()).toBe('Anna Berg har inga prickar kvar');
    await expect.poll(() => cast('B').getAttribute('aria-disabled')).toBe('true');
    await cast('B').click({ force: true });
    await expect.poll(() => status().textContent()).toBe('Deltagaren har inga prickar kvar i den här omgången.');
    await expect.poll(() => retract('F').getAttribute('aria-disabled')).toBe('true');
    await retract('C').click();
    await expect.poll(() => status().textContent()).toBe('Anna Berg har 1 prick kvar');
    await cast('B').click();
    await expectAccessible(page, 'voting in the room');

    for (const [person, dots] of Object.entries(VOTES) as [Person, readonly ClusterKey[]][]) {
      if (person === 'K1') continue;
      await voter(person).click();
      await expect.poll(() => voter(person).getAttribute('aria-pressed')).toBe('true');
      for (const key of dots) await cast(key).click();
      await expect.poll(() => voter(person).textContent()).toContain('Klar');
    }
    await votingPanel().getByText('24 prickar satta').waitFor();
    // Counts stay hidden until the reveal.
    expect(await page.getByRole('table', { name: 'Rangordning i omgång 1' }).count()).toBe(0);

    // Every budget is used: one click answers the question and shows the results.
    await expect.poll(() => status().textContent()).toBe('Alla har röstat — visa resultat?');
    page.off('response', listen);
    // Items show up only in the round's own list and in one voter's own dots (`mine`), never in anyone else's.
    const told = JSON.stringify(await Promise.all(heard.map((h) => h.body)), (key, value: unknown) => (key === 'votableItemIds' || key === 'mine' ? undefined : value));
    expect(Object.values(seeded.clusters).filter((c) => told.includes(c.id))).toEqual([]);
    expect(heard.map((h) => h.method)).toEqual(expect.arrayContaining(['voting.rounds', 'voting.dotsOf', 'voting.cast', 'voting.retract']));
    await votingPanel().getByRole('button', { name: 'Ja, visa resultatet' }).click();
    const rows = await shownResults(page, 'Rangordning i omgång 1');
    expect(rows.map((r) => [r.place, r.title, r.votes])).toEqual([
      ['1:a plats', heading('A'), 7],
      ['2:a plats', heading('B'), 5],
      ['Delad 3:e plats', heading('C'), 4],
      ['Delad 3:e plats', heading('D'), 4],
      ['5:e plats', heading('E'), 3],
      ['6:e plats', heading('F'), 1],
    ]);
    const planned = plannedTotals();
    for (const row of rows) {
      const key = (Object.keys(CLUSTERS) as ClusterKey[]).find((k) => heading(k) === row.title)!;
      expect(row.split, row.title).toEqual(planned.get(key)!.split);
    }
    expect(rows[0]?.quadrant).toBe('Enkelt, kort sikt');
    expect(rows[5]?.quadrant).toBe('Komplext, lång sikt');
    expect(rows[1]?.quadrant).toBe('Inte placerad');

    // Closing the round stops voting; the results stay.
    await votingPanel().getByRole('button', { name: 'Stäng omgången' }).click();
    await votingPanel().getByText('Omgången är stängd.').waitFor();
    expect(await cast('A').count()).toBe(0);
    await expectAccessible(page, 'results');

    // The matrix now shows the votes beside each card, once its own queries
    // have answered: a wait on the page, not a one-second poll.
    await page.getByRole('tab', { name: 'Fyrfältare' }).click();
    await placedList().getByRole('button', { name: heading('A') }).filter({ hasText: '7 röster' }).waitFor();
    // Eight voters and four axe scans: about 25 s on an idle machine, and
    // well past the default 60 s when the two cores are shared (as in the
    // full run, where the unit tests run alongside).
  }, 180_000);

  it('counts a second round from paper, decides on the results and exports the summary', async () => {
    await votedRound();
    await openWorkshopTab(page, 'Röstning');
    await votingPanel().getByRole('heading', { name: 'Resultat för omgång 1' }).waitFor();

    // Round 2: the top five of round 1, counted from a sticker wall.
    await votingPanel().getByRole('button', { name: 'Ny omgång' }).click();
    await dialog().getByLabel('Ett urval').check();
    await dialog().getByRole('button', { name: 'Välj topp 5 från omgång 1' }).click();
    await expect.poll(() => dialog().getByRole('checkbox', { checked: true }).count()).toBe(5);
    expect(await dialog().getByRole('checkbox', { name: heading('F') }).isChecked()).toBe(false);
    await dialog().getByLabel('Prickar räknas från papper').check();
    await dialog().getByRole('button', { name: 'Starta omgången' }).click();
    await votingPanel().getByRole('heading', { name: 'Omgång 2' }).waitFor();
    await expect.poll(() => votingPanel().getByRole('button', { name: 'Omgång 2' }).getAttribute('aria-pressed')).toBe('true');

    const paper: Partial<Record<ClusterKey, number>> = { A: 9, B: 6, C: 6, D: 2, E: 1 };
    for (const [key, count] of Object.entries(paper) as [ClusterKey, number][]) {
      const field = votingPanel().getByRole('spinbutton', { name: `Prickar på ${heading(key)}` });
      await field.fill(String(count));
      await field.press('Enter');
    }
    await votingPanel().getByText('24 prickar inskrivna').waitFor();
    await expectAccessible(page, 'paper count');
    await votingPanel().getByRole('button', { name: 'Visa resultat' }).click();
    const second = await shownResults(page, 'Rangordning i omgång 2');
    expect(second.map((r) => [r.place, r.title, r.votes, r.split])).toEqual([
      ['1:a plats', heading('A'), 9, null],
      ['Delad 2:a plats', heading('B'), 6, null],
      ['Delad 2:a plats', heading('C'), 6, null],
      ['4:e plats', heading('D'), 2, null],
      ['5:e plats', heading('E'), 1, null],
    ]);

    // Decisions are taken on round 1: the top three ranks, the tie for third included.
    await votingPanel().getByRole('button', { name: 'Omgång 1' }).click();
    await votingPanel().getByRole('heading', { name: 'Resultat för omgång 1' }).waitFor();
    await votingPanel().getByRole('button', { name: 'Prioritera topp 3' }).click();
    await toasts().getByText('4 områden är prioriterade').waitFor();
    for (const key of ['A', 'B', 'C', 'D'] as const) {
      await expect.poll(() => votingPanel().getByRole('button', { name: `Prioritera ${heading(key)}` }).getAttribute('aria-pressed')).toBe('true');
    }
    expect(await votingPanel().getByRole('button', { name: `Prioritera ${heading('E')}` }).getAttribute('aria-pressed')).toBe('false');
    const areas = await call(session.server, 'improvementArea.list', { programmeId: seeded.programme.id });
    expect(areas.map((a) => a.title).sort()).toEqual([heading('A'), heading('B'), heading('C'), heading('D')].sort());

    // A single toggle, then back: the area follows the decision.
    const toggleE = votingPanel().getByRole('button', { name: `Prioritera ${heading('E')}` });
    await toggleE.click();
    await expect.poll(() => toggleE.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => (await call(session.server, 'improvementArea.list', { programmeId: seeded.programme.id })).length).toBe(5);
    await toggleE.click();
    await expect.poll(() => toggleE.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(async () => (await call(session.server, 'improvementArea.list', { programmeId: seeded.programme.id })).length).toBe(4);

    // Doctor staffing is outside the group's mandate.
    await votingPanel().getByRole('button', { name: `Utanför mandatet: ${heading('F')}` }).click();
    await dialog().getByLabel('Lämnas över till').fill('Primärvårdsledningen i Region Blekinge');
    await dialog().getByLabel('Kommentar').fill('Tas upp i styrgruppen i maj');
    await expectAccessible(page, 'outside mandate dialog');
    await dialog().getByRole('button', { name: 'Spara' }).click();
    await votingPanel().getByText('Lämnas över till Primärvårdsledningen i Region Blekinge').waitFor();
    await expectAccessible(page, 'results with decisions');

    // The summary on screen, then as Excel.
    await page.getByRole('tab', { name: 'Sammanfattning' }).click();
    const summary = page.getByRole('region', { name: 'Sammanfattning', exact: true });
    await summary.getByRole('heading', { name: 'Prioriterade förbättringsområden' }).waitFor();
    await summary.getByRole('rowheader', { name: heading('F') }).waitFor();
    await expect.poll(() => summary.getByRole('table', { name: 'Rangordning i omgång 2' }).count()).toBe(1);
    await expectAccessible(page, 'summary');

    const [download] = await Promise.all([page.waitForEvent('download'), summary.getByRole('button', { name: 'Exportera Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const sheet = (name: string) => {
      const ws = workbook.getWorksheet(name);
      if (!ws) throw new Error(`no sheet ${name}`);
      return ws.getSheetValues().slice(2).map((row) => (Array.isArray(row) ? row.slice(1) : []));
    };
    // The newest revealed round is the paper round.
    expect(sheet('Röstning')).toEqual([
      ['Omgång 2, räknad från papper'],
      [1, heading('A'), 9, 'Inte placerad', 'Prioriterad'],
      ['2 (delad)', heading('B'), 6, 'Inte placerad', 'Prioriterad'],
      ['2 (delad)', heading('C'), 6, 'Inte placerad', 'Prioriterad'],
      [4, heading('D'), 2, 'Inte placerad', 'Prioriterad'],
      [5, heading('E'), 1, 'Inte placerad', ''],
      ['Totalt', '', 24],
    ]);
    expect(sheet('Prioriterat')).toEqual([
      [heading('A'), '', 'Lokal', 9],
      [heading('B'), '', 'Lokal', 6],
      [heading('C'), '', 'Lokal', 6],
      [heading('D'), '', 'Lokal', 2],
    ]);
    // F was not in the paper round, so it has no votes there.
    expect(sheet('Överlämnat')).toEqual([[heading('F'), 'Primärvårdsledningen i Region Blekinge', 'Tas upp i styrgruppen i maj', '']]);
  });

  it(
    'lists the prioritised areas on the programme page, where their level is set',
    async () => {
      const roundId = await votedRound();
      await call(session.server, 'outcome.prioritiseTop', { roundId, top: 3 });
      await page.getByRole('link', { name: PROGRAMME }).click();
      const section = page.getByRole('region', { name: 'Förbättringsområden' });
      await section.getByRole('rowheader', { name: heading('A') }).waitFor();
      expect(await section.getByRole('rowheader').allTextContents()).toEqual([heading('A'), heading('B'), heading('C'), heading('D')]);
      await expectAccessible(page, 'programme with improvement areas');

      await section.getByRole('button', { name: `Redigera ${heading('B')}` }).click();
      await dialog().getByLabel('Nivå').selectOption('lansgemensam');
      await dialog().getByLabel('Beskrivning').fill('Kallelsen till SIP ska gå ut inom tre dagar');
      await dialog().getByRole('button', { name: 'Spara' }).click();
      await toasts().getByText('Förbättringsområdet är sparat.').waitFor();
      const row = section.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${heading('B')}`) }) });
      await expect.poll(() => row.textContent()).toContain('Länsgemensam');
      const areas = await call(session.server, 'improvementArea.list', { programmeId: seeded.programme.id });
      expect(areas.find((a) => a.title === heading('B'))).toMatchObject({ level: 'lansgemensam', description: 'Kallelsen till SIP ska gå ut inom tre dagar' });
    },
  );
});

describe('a closed round is the record of a decision', () => {
  it('removing a voter says first what happens, then leaves the closed round and its decisions as they were', async () => {
    const first = await votedRound();
    await call(session.server, 'outcome.prioritiseTop', { roundId: first, top: 3 });
    await call(session.server, 'voting.setStatus', { roundId: first, status: 'closed' });
    const { round: second } = await call(session.server, 'voting.start', { workshopId: seeded.workshop.id, settings: {} });
    const castIn = (person: Person, key: ClusterKey) =>
      call(session.server, 'voting.cast', { roundId: second.id, participantId: seeded.people[person].id, itemId: seeded.clusters[key].id });
    await castIn('K1', 'B');
    await castIn('K1', 'C');
    await castIn('K2', 'A');

    await openWorkshopTab(page, 'Röstning');
    await votingPanel().getByRole('button', { name: 'Omgång 1' }).click();
    const decided = await shownResults(page, 'Rangordning i omgång 1');

    // Anna Berg wrote two of the notes, placed three dots in the closed round and two in the open one.
    await page.getByRole('tab', { name: 'Deltagare', exact: true }).click();
    await page.getByRole('region', { name: 'Deltagare' }).getByRole('button', { name: `Ta bort ${PEOPLE.K1.name}` }).click();
    await dialog()
      .getByText(
        'Ta bort Anna Berg från workshoppen? 2 lappar som Anna Berg har skrivit finns kvar men visas utan namn. ' +
          '2 prickar i pågående omgång 2 tas bort. ' +
          '3 prickar i avslutade omgångar finns kvar som från en borttagen deltagare, så resultaten där ändras inte.',
        { exact: true },
      )
      .waitFor();
    await expectAccessible(page, 'removal dialog');
    await dialog().getByRole('button', { name: 'Ta bort', exact: true }).click();
    await toasts().getByText(`${PEOPLE.K1.name} är borttagen`).waitFor();

    await page.getByRole('tab', { name: 'Röstning', exact: true }).click();
    await votingPanel().getByRole('button', { name: 'Omgång 2' }).click();
    await votingPanel().getByRole('heading', { name: 'Omgång 2' }).waitFor();
    await votingPanel().getByText('1 prick satt').waitFor();
    expect(await votingPanel().getByRole('button', { name: new RegExp(`^${PEOPLE.K1.name}`) }).count()).toBe(0);

    await votingPanel().getByRole('button', { name: 'Omgång 1' }).click();
    await votingPanel().getByText('3 prickar från borttagna deltagare').waitFor();
    expect(await shownResults(page, 'Rangordning i omgång 1')).toEqual(decided);
    for (const key of ['A', 'B', 'C', 'D'] as const) {
      expect(await votingPanel().getByRole('button', { name: `Prioritera ${heading(key)}` }).getAttribute('aria-pressed')).toBe('true');
    }

    // A cluster dissolved while round 2 runs leaves its cards and its count of items.
    await votingPanel().getByRole('button', { name: 'Omgång 2' }).click();
    await votingPanel().getByText('6 saker att rösta på').waitFor();
    await call(session.server, 'cluster.dissolve', { ids: [seeded.clusters.F.id] });
    await votingPanel().getByText('5 saker att rösta på').waitFor();
    expect(await votingPanel().getByRole('button', { name: `Sätt en prick på ${heading('F')}` }).count()).toBe(0);
  });
});
