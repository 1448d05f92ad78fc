/**
 * The handlingsplan in the browser: a prioritised workshop area becomes an
 * område with one click, gets two delmål and five activities through the
 * forms, one of them overdue on a fixed "today"; progress explains itself;
 * rows move by keyboard with undo and redo; deleting the område asks and
 * can be undone; an activity traces back to the workshop's notes and votes,
 * and the workshop summary links back to the activity.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PlanId } from '../../shared/actionplan/schema';
import { expectAccessible } from './support/browser';
import { call, CLUSTERS, PROGRAMME, seedWorkshop, WORKSHOP } from './support/prioritisation';
import { useAppSession } from './support/session';

const TODAY = '2027-05-10';
const session = useAppSession('samverkstad-plan-', ['--today', TODAY]);
let page: Page;
let seeded: Awaited<ReturnType<typeof seedWorkshop>>;

const AREA = CLUSTERS.A.heading;
const PLAN = 'Handlingsplan trygg hemgång 2027';
const GOALS = ['Läkemedelslistan är rätt vid hemgång', 'Avvikelser följs upp'] as const;

interface NewActivity {
  readonly what: string;
  readonly goal: string;
  readonly name: string;
  readonly organisation: string;
  readonly start: string;
  readonly due: string;
  readonly status: string;
}

const ACTIVITIES: readonly NewActivity[] = [
  { what: 'Ta fram en gemensam läkemedelslista', goal: GOALS[0], name: 'Lena Ek', organisation: 'Vårdcentralen Lyckeby', start: '2027-03-15', due: '2027-04-30', status: 'Pågår' },
  { what: 'Utse ansvarig på vårdcentralen', goal: GOALS[0], name: 'Lena Ek', organisation: 'Vårdcentralen Lyckeby', start: '2027-03-15', due: '2027-04-01', status: 'Klar' },
  { what: 'Utbilda sjuksköterskorna i hemsjukvården', goal: GOALS[0], name: 'Karin Holm', organisation: 'Karlskrona kommun', start: '2027-05-01', due: '2027-09-30', status: 'Ej påbörjad' },
  { what: 'Gå igenom avvikelserna varje månad', goal: GOALS[1], name: 'Jonas Lind', organisation: 'Karlskrona kommun', start: '2027-04-01', due: '2027-12-31', status: 'Pausad' },
  { what: 'Pröva en app för läkemedelslistan', goal: GOALS[1], name: 'Omar Haddad', organisation: 'Blekingesjukhuset', start: '2027-04-01', due: '2027-06-30', status: 'Struken' },
];

const dialog = () => page.getByRole('dialog');
const areaSection = () => page.getByRole('region', { name: AREA });
const goalTable = (goal: string) => page.getByRole('table', { name: `Aktiviteter: ${goal}` });
const rowsOf = (goal: string) => goalTable(goal).locator('tbody tr th button').allTextContents();

/** Cluster A gets votes from both huvudmän and is the one area prioritised. */
async function prioritiseClusterA(): Promise<void> {
  const { round } = await call(session.server, 'voting.start', { workshopId: seeded.workshop.id, settings: {} });
  const dots = [
    ['K1', 'A'],
    ['R1', 'A'],
    ['R2', 'A'],
    ['K2', 'B'],
  ] as const;
  for (const [person, key] of dots) await call(session.server, 'voting.cast', { roundId: round.id, participantId: seeded.people[person].id, itemId: seeded.clusters[key].id });
  await call(session.server, 'voting.reveal', { roundId: round.id, revealed: true });
  await call(session.server, 'outcome.prioritiseTop', { roundId: round.id, top: 1 });
}

async function currentPlan() {
  const [plan] = await call(session.server, 'plan.list', { programmeId: seeded.programme.id });
  return call(session.server, 'plan.get', { id: plan!.id as PlanId });
}

async function fillActivity(activity: NewActivity): Promise<void> {
  await page.getByRole('button', { name: `Ny aktivitet i ${AREA}` }).click();
  const form = dialog();
  await form.getByLabel('Vad ska göras').fill(activity.what);
  await form.getByLabel('Delmål').selectOption({ label: activity.goal });
  await form.getByLabel('Ansvarig', { exact: true }).fill(activity.name);
  await form.getByLabel('Ansvarig organisation').fill(activity.organisation);
  await form.getByLabel('Start', { exact: true }).fill(activity.start);
  await form.getByLabel('Klart senast').fill(activity.due);
  await form.getByLabel('Status').selectOption({ label: activity.status });
}

async function saveDialog(): Promise<void> {
  await dialog().getByRole('button', { name: 'Spara' }).click();
  await dialog().waitFor({ state: 'detached' });
}

beforeEach(async () => {
  page = session.page;
  seeded = await seedWorkshop(session.server);
  await prioritiseClusterA();
});

describe('handlingsplan', () => {
  it('turns a prioritised area into an område with delmål and activities, shows overdue and progress, moves, undoes, traces back and survives a reload', async () => {
    // A new plan from the programme page.
    await page.getByRole('link', { name: PROGRAMME }).click();
    await page.getByRole('heading', { level: 1, name: PROGRAMME }).waitFor();
    await page.getByRole('button', { name: 'Ny handlingsplan' }).click();
    await dialog().getByLabel('Planens namn').fill(PLAN);
    await dialog().getByLabel('Periodens början').fill('2027-01-01');
    await dialog().getByLabel('Periodens slut').fill('2027-12-31');
    await dialog().getByLabel('Börja från').selectOption({ label: 'Tom plan' });
    await expectAccessible(page, 'new plan dialog');
    await dialog().getByRole('button', { name: 'Skapa plan' }).click();
    await dialog().waitFor({ state: 'detached' });
    await page.getByRole('link', { name: PLAN }).waitFor();

    // One click makes the prioritised area an område, and the row then shows the link.
    await page.getByRole('button', { name: `Gör ${AREA} till område i handlingsplan` }).click();
    const link = page.getByRole('link', { name: `Område i ${PLAN}` });
    await link.waitFor();
    await expectAccessible(page, 'programme page with a plan');
    await link.click();
    await page.getByRole('heading', { level: 1, name: PLAN }).waitFor();
    await areaSection().waitFor();

    for (const goal of GOALS) {
      await page.getByRole('button', { name: `Nytt delmål i ${AREA}` }).click();
      await dialog().getByLabel('Delmål').fill(goal);
      if (goal === GOALS[0]) await expectAccessible(page, 'new delmål dialog');
      await saveDialog();
      await page.getByRole('heading', { level: 3, name: goal }).waitFor();
    }

    // Bad input first: due before start, then gul without a reason; each names its field and saves nothing.
    await fillActivity({ ...ACTIVITIES[0]!, due: '2027-03-01' });
    await expectAccessible(page, 'new activity dialog');
    await dialog().getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => dialog().getByText('Klart senast: kan inte ligga före startdatumet').isVisible()).toBe(true);
    await dialog().getByLabel('Klart senast').fill(ACTIVITIES[0]!.due);
    await dialog().getByLabel('Hälsa').selectOption({ label: 'Gul' });
    await dialog().getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => dialog().getByText('Skäl till gul eller röd: måste fyllas i').isVisible()).toBe(true);
    await expect.poll(async () => (await dialog().getByLabel('Skäl till gul eller röd').evaluate((el) => el === document.activeElement))).toBe(true);
    expect((await currentPlan()).areas[0]!.goals.flatMap((g) => g.activities)).toEqual([]);
    await dialog().getByLabel('Skäl till gul eller röd').fill('Journalsystemen visar olika listor');
    await saveDialog();

    for (const activity of ACTIVITIES.slice(1)) {
      await fillActivity(activity);
      await saveDialog();
    }
    await expect.poll(() => rowsOf(GOALS[0])).toEqual(ACTIVITIES.slice(0, 3).map((a) => a.what));
    await expect.poll(() => rowsOf(GOALS[1])).toEqual(ACTIVITIES.slice(3).map((a) => a.what));

    // Overdue on the fixed today: the first activity, due 30 April, still pågår.
    const firstRow = goalTable(GOALS[0]).getByRole('row').filter({ hasText: ACTIVITIES[0]!.what });
    await expect.poll(() => firstRow.getByText('Försenad').isVisible()).toBe(true);
    expect(await goalTable(GOALS[0]).getByText('Försenad').count()).toBe(1);
    await page.getByText('1 försenad aktivitet').waitFor();

    // Progress: one of three counted done; pausad and struken are left out, and the page says so.
    await page.getByText('Så räknas det').first().click();
    await page.getByText('1 av 3 aktiviteter klara; 1 pausad och 1 struken räknas inte').first().waitFor();
    expect(await page.getByText('Klart: 33 %').count()).toBeGreaterThanOrEqual(2);
    await expectAccessible(page, 'plan page');

    // Alt+↑ moves the second activity up in one step; Ctrl+Z takes it back, Ctrl+Shift+Z does it again.
    const moved = ACTIVITIES[1]!.what;
    await page.getByRole('button', { name: `Visa ${moved}` }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    const movedOrder = [moved, ACTIVITIES[0]!.what, ACTIVITIES[2]!.what];
    await expect.poll(() => rowsOf(GOALS[0])).toEqual(movedOrder);
    await page.locator('body').press('Control+z');
    await expect.poll(() => rowsOf(GOALS[0])).toEqual(ACTIVITIES.slice(0, 3).map((a) => a.what));
    await page.locator('body').press('Control+Shift+z');
    await expect.poll(() => rowsOf(GOALS[0])).toEqual(movedOrder);

    // A health change goes through the history with who made it; gul without a reason, or no name, saves nothing.
    const third = ACTIVITIES[2]!.what;
    await page.getByRole('button', { name: `Redigera ${third}` }).click();
    await dialog().getByLabel('Hälsa').selectOption({ label: 'Gul' });
    await dialog().getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => dialog().getByText('Skäl till gul eller röd: måste fyllas i').isVisible()).toBe(true);
    await dialog().getByText('Vem som antecknar: måste fyllas i').waitFor();
    await expectAccessible(page, 'edit activity dialog');
    const unchanged = (await currentPlan()).areas[0]!.goals[0]!.activities.find((a) => a.what === third)!;
    expect(unchanged).toMatchObject({ health: 'gron', healthReason: '' });
    expect(await call(session.server, 'planActivity.history', { id: unchanged.id })).toEqual([]);
    await dialog().getByLabel('Skäl till gul eller röd').fill('Utbildaren är sjukskriven');
    await dialog().getByLabel('Ditt namn').fill('Anna Berg');
    await saveDialog();
    await page.getByRole('button', { name: `Visa ${third}` }).click();
    await dialog().getByText('Hälsa: Grön → Gul').waitFor();
    await dialog().getByText('Skäl: Utbildaren är sjukskriven').waitFor();
    await dialog().getByText(/^Anna Berg, /).waitFor();
    await dialog().getByRole('button', { name: 'Stäng', exact: true }).click();
    await dialog().waitFor({ state: 'detached' });

    // The trace from the overdue activity reaches the cluster, its notes and its votes by huvudman.
    await page.getByRole('button', { name: `Visa ${ACTIVITIES[0]!.what}` }).click();
    const details = dialog();
    await details.getByRole('heading', { name: 'Spårning' }).waitFor();
    for (const note of CLUSTERS.A.notes) await details.getByText(note, { exact: false }).first().waitFor();
    const votes = details.getByRole('table', { name: 'Röster per huvudman' });
    await votes.waitFor();
    expect(await votes.locator('tbody td').allTextContents()).toEqual(['1', '2', '0', '0']);
    await details.getByText('Röster i omgång 1: 3 (plats 1)').waitFor();
    await expectAccessible(page, 'activity details dialog');
    await details.getByRole('link', { name: WORKSHOP }).click();
    await page.getByRole('heading', { level: 1, name: WORKSHOP }).waitFor();

    // The way back: the workshop summary lists the activities its area became and links to each.
    await page.getByRole('tab', { name: 'Sammanfattning' }).click();
    const back = page.getByRole('link', { name: ACTIVITIES[0]!.what });
    await back.click();
    await page.getByRole('heading', { level: 1, name: PLAN }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain(ACTIVITIES[0]!.what);

    // Deleting the område asks first, saying how many activities go with it, and can be undone from the toast.
    await page.getByRole('button', { name: `Ta bort området ${AREA}` }).click();
    await dialog().getByText('med sina 5 aktiviteter').waitFor();
    await expectAccessible(page, 'delete område dialog');
    await dialog().getByRole('button', { name: 'Ta bort område' }).click();
    await areaSection().waitFor({ state: 'detached' });
    expect((await currentPlan()).areas).toEqual([]);
    await page.getByRole('region', { name: 'Meddelanden' }).getByRole('button', { name: 'Ångra' }).click();
    await areaSection().waitFor();
    await expect.poll(() => rowsOf(GOALS[1])).toEqual(ACTIVITIES.slice(3).map((a) => a.what));

    // A reload shows the same plan.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: PLAN }).waitFor();
    await expect.poll(() => rowsOf(GOALS[0])).toEqual(movedOrder);
    await firstRow.getByText('Försenad').waitFor();
    const saved = await currentPlan();
    expect(saved.overdue).toBe(1);
    expect(saved.progress).toMatchObject({ done: 1, counted: 3, paused: 1, struck: 1, total: 5 });
    expect(saved.areas[0]!.area.improvementAreaId).not.toBeNull();
  });

  it('asks which plan when there are several; rows keep focus through Alt+↓ moves and drag into another delmål, one undo step each', async () => {
    await call(session.server, 'plan.create', { programmeId: seeded.programme.id, title: 'Plan A', periodStart: null, periodEnd: null });
    const planB = await call(session.server, 'plan.create', { programmeId: seeded.programme.id, title: 'Plan B', periodStart: null, periodEnd: null });
    await page.getByRole('link', { name: PROGRAMME }).click();
    await page.getByRole('link', { name: 'Plan B' }).waitFor();
    await page.getByRole('button', { name: `Gör ${AREA} till område i handlingsplan` }).click();
    await dialog().getByRole('heading', { name: 'Välj handlingsplan' }).waitFor();
    await expectAccessible(page, 'pick plan dialog');
    await dialog().getByLabel('Handlingsplan').selectOption({ label: 'Plan B' });
    await dialog().getByRole('button', { name: 'Gör till område i handlingsplan' }).click();
    await dialog().waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Område i Plan B' }).waitFor();

    const area = (await call(session.server, 'plan.get', { id: planB.id })).areas[0]!.area;
    const goals = [];
    for (const title of GOALS) goals.push(await call(session.server, 'planGoal.create', { areaId: area.id, title }));
    const whats = ACTIVITIES.slice(0, 3).map((a) => a.what);
    for (const what of whats) await call(session.server, 'planActivity.create', { areaId: area.id, goalId: goals[0]!.id, what });
    await page.getByRole('link', { name: 'Område i Plan B' }).click();
    await page.getByRole('heading', { level: 1, name: 'Plan B' }).waitFor();
    await expect.poll(() => rowsOf(GOALS[0])).toEqual(whats);

    await page.getByLabel('Planens status').selectOption({ label: 'Fastställd' });
    await page.getByText('Planens status är nu Fastställd.').waitFor();
    expect((await call(session.server, 'plan.get', { id: planB.id })).plan.status).toBe('faststalld');

    await page.getByRole('button', { name: `Visa ${whats[0]}` }).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => rowsOf(GOALS[0])).toEqual([whats[1], whats[0], whats[2]]);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(whats[0]);
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => rowsOf(GOALS[0])).toEqual([whats[1], whats[2], whats[0]]);

    const row = goalTable(GOALS[0]).getByRole('row').filter({ hasText: whats[0]! });
    // The drag events a user's drag fires, with one shared DataTransfer as the browser would use.
    const transfer = await page.evaluateHandle(() => new DataTransfer());
    const target = goalTable(GOALS[1]).locator('tbody tr').first();
    await row.dispatchEvent('dragstart', { dataTransfer: transfer });
    await target.dispatchEvent('dragenter', { dataTransfer: transfer });
    await target.dispatchEvent('dragover', { dataTransfer: transfer });
    await target.dispatchEvent('drop', { dataTransfer: transfer });
    await row.dispatchEvent('dragend', { dataTransfer: transfer });
    await expect.poll(() => rowsOf(GOALS[1])).toEqual([whats[0]]);
    await expect.poll(() => rowsOf(GOALS[0])).toEqual([whats[1], whats[2]]);
    await page.locator('body').press('Control+z');
    await expect.poll(() => rowsOf(GOALS[0])).toEqual([whats[1], whats[2], whats[0]]);
    await expect.poll(() => rowsOf(GOALS[1])).toEqual([]);
  });

  it('edits a plan\'s name and period and deletes it from the programme page, with undo', async () => {
    const plan = await call(session.server, 'plan.create', { programmeId: seeded.programme.id, title: 'Plan A', periodStart: null, periodEnd: null });
    await page.getByRole('link', { name: PROGRAMME }).click();
    await page.getByRole('link', { name: 'Plan A' }).waitFor();

    await page.getByRole('button', { name: 'Ändra Plan A' }).click();
    await dialog().getByRole('heading', { name: 'Ändra handlingsplan' }).waitFor();
    await expectAccessible(page, 'edit plan dialog');
    await dialog().getByLabel('Planens namn').fill('Plan för hemgång');
    await dialog().getByLabel('Periodens början').fill('2027-06-01');
    await dialog().getByLabel('Periodens slut').fill('2027-01-01');
    await dialog().getByRole('button', { name: 'Spara' }).click();
    await dialog().getByText('Periodens slut: kan inte ligga före startdatumet').waitFor();
    expect((await call(session.server, 'plan.get', { id: plan.id })).plan.title).toBe('Plan A');
    await dialog().getByLabel('Periodens slut').fill('2027-12-31');
    await dialog().getByRole('button', { name: 'Spara' }).click();
    await dialog().waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Plan för hemgång' }).waitFor();
    expect((await call(session.server, 'plan.get', { id: plan.id })).plan).toMatchObject({ title: 'Plan för hemgång', periodStart: '2027-06-01', periodEnd: '2027-12-31' });

    await page.getByRole('button', { name: 'Ta bort Plan för hemgång' }).click();
    await dialog().getByRole('button', { name: 'Ta bort planen' }).click();
    await page.getByRole('link', { name: 'Plan för hemgång' }).waitFor({ state: 'detached' });
    expect(await call(session.server, 'plan.list', { programmeId: seeded.programme.id })).toEqual([]);
    await page.getByRole('region', { name: 'Meddelanden' }).getByRole('button', { name: 'Ångra', exact: true }).click();
    await page.getByRole('link', { name: 'Plan för hemgång' }).waitFor();
  });
});
