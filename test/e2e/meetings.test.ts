/**
 * Follow-up meetings in the browser: a plan seeded over the API, a meeting
 * created, walked and closed in the UI, its protokoll checked against what
 * was recorded, and the next meeting's agenda against what carried over.
 * "Today" is the real today of the machine: the seeded due dates are set
 * relative to it, so one activity is always overdue.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { localDate } from '../../shared/actionplan/rules';
import type { MeetingId } from '../../shared/actionplan/schema';
import { formatCalendarDate } from '../../renderer/common/format';
import { expectAccessible } from './support/browser';
import { useAppSession } from './support/session';
import { apiCall, type WebServer } from './support/web-server';

const session = useAppSession('samverkstad-meetings-');
let page: Page;

beforeEach(() => {
  page = session.page;
});

const dialog = () => page.getByRole('dialog');
const toasts = () => page.getByRole('region', { name: 'Meddelanden' });
const agenda = () => page.getByRole('list', { name: 'Dagordning' });
const decisionForm = () => page.getByRole('form', { name: 'Anteckna ett beslut' });
const clause = () => decisionForm().getByLabel('Beslutet – skriv fortsättningen på meningen');

function inDays(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return localDate(date);
}

const ACT = {
  late: 'Kalla till SIP inom tre dagar',
  red: 'Gemensam checklista vid hemgång',
  ongoing: 'Utbilda vårdplanerare',
  quiet: 'Följ upp rutinen i december',
  relatives: 'Informera anhöriga vid utskrivning',
  made: 'Ta fram en gemensam kontaktlista',
};

/** A plan with one område and five activities: one overdue, one röd, two pågår, one quiet. */
async function seedPlan(server: WebServer) {
  const programme = await apiCall(server, 'programme.create', { name: 'LOS Karlskrona', area: 'Karlskrona', level: 'lokal', description: 'Trygg hemgång' });
  const plan = await apiCall(server, 'plan.create', { programmeId: programme.id, title: 'Handlingsplan Karlskrona', periodStart: null, periodEnd: null });
  const area = await apiCall(server, 'planArea.create', { planId: plan.id, title: 'Tryggt mottagande i hemmet' });
  const create = (what: string, extra: Record<string, unknown> = {}) => apiCall(server, 'planActivity.create', { areaId: area.id, what, ...extra });
  const late = await create(ACT.late, { due: inDays(-10) });
  const red = await create(ACT.red, { health: 'rod', healthReason: 'Ingen ansvarig utsedd' });
  await create(ACT.ongoing, { status: 'pagar' });
  await create(ACT.quiet, { due: inDays(60) });
  await create(ACT.relatives, { status: 'pagar' });
  return { plan, late, red };
}

async function open(hash: string, heading: string | RegExp): Promise<void> {
  await page.evaluate((target) => (window.location.hash = target), hash);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

const agendaTitles = () => agenda().getByRole('heading', { level: 3 }).allTextContents();
const protocolItems = (heading: string) =>
  page.getByRole('article', { name: 'Protokoll' }).locator(`h3:text-is("${heading}") + ul > li, h3:text-is("${heading}") + ol > li`).allTextContents();

async function recordChange(what: string, fill: () => Promise<void>): Promise<void> {
  await page.getByRole('button', { name: `Notera ändring för ${what}` }).click();
  await dialog().getByRole('heading', { name: `Notera ändring: ${what}` }).waitFor();
  await fill();
  await dialog().getByRole('button', { name: 'Spara ändringen' }).click();
  await dialog().waitFor({ state: 'detached' });
  await toasts().getByText(`Ändringen för ${what} är noterad.`).waitFor();
}

describe('follow-up meetings in the browser', () => {
  it('create a meeting, walk its agenda, take two beslut, park, close into a protokoll, undo and redo the close, carry over to the next', async () => {
    const { plan, late, red } = await seedPlan(session.server);
    const date = inDays(0);
    const name = formatCalendarDate(date, 'sv');

    await open(`#/plan/${plan.id}/meetings`, 'Uppföljningsmöten');
    await page.getByText('Planen har inga uppföljningsmöten ännu.').waitFor();
    expect(await page.getByRole('link', { name: 'Tillbaka till handlingsplanen' }).getAttribute('href')).toBe(`#/plan/${plan.id}`);
    await expectAccessible(page, 'meetings list');

    await page.getByRole('button', { name: 'Nytt uppföljningsmöte', exact: true }).click();
    await expectAccessible(page, 'new meeting dialog');
    await dialog().getByLabel('Datum').fill(date);
    await dialog().getByLabel(/^Deltagare/).fill('Anna Berg, Karlskrona kommun\nOmar Haddad, Blekingesjukhuset');
    await dialog().getByRole('button', { name: 'Skapa mötet' }).click();
    await page.getByRole('heading', { level: 1, name: `Uppföljningsmöte ${name}` }).waitFor();
    const meetingId = /meeting\/([0-9a-f-]+)/.exec(await page.evaluate(() => window.location.hash))![1] as MeetingId;
    const crumbs = page.getByRole('navigation', { name: 'Du är här' });
    expect(await crumbs.getByRole('listitem').allTextContents()).toEqual(['Program', 'LOS Karlskrona', 'Handlingsplan Karlskrona', 'Uppföljningsmöten', name]);

    // The generated agenda: overdue, red and pågår activities in plan order; the quiet one is not on it.
    expect(await agendaTitles()).toEqual([ACT.late, ACT.red, ACT.ongoing, ACT.relatives]);
    const lateItem = agenda().getByRole('listitem').filter({ has: page.getByRole('heading', { name: ACT.late }) });
    await lateItem.getByText('På dagordningen: försenad').waitFor();
    await lateItem.getByText('Försenad', { exact: true }).waitFor();
    await expectAccessible(page, 'meeting page');

    await recordChange(ACT.late, async () => {
      await expectAccessible(page, 'progress dialog');
      await dialog().getByLabel('Status').selectOption({ label: 'Klar' });
      await dialog().getByLabel('Kommentar').fill('Rutinen är på plats');
      expect(await dialog().getByLabel('Vem som antecknar').inputValue()).toBe('Anna Berg');
    });
    await recordChange(ACT.red, async () => {
      await dialog().getByLabel('Hälsa').selectOption({ label: 'Gul' });
      await dialog().getByLabel('Skäl till gul eller röd').fill('Ansvarig utses i april');
      await dialog().getByLabel('Kommentar').fill('Omar tar frågan till ledningen');
      await dialog().getByLabel('Vem som antecknar').fill('Omar Haddad');
    });
    await page.getByRole('list', { name: `Noterat på det här mötet för ${ACT.late}` }).getByText('Status: Ej påbörjad → Klar – Rutinen är på plats').waitFor();

    // Each activity's own timeline, expanded in its agenda item.
    await page.getByRole('button', { name: `Historik för ${ACT.red}` }).click();
    await page.getByRole('list', { name: `Ändringar av ${ACT.red}` }).getByText('Hälsa: Röd → Gul').waitFor();

    await page.getByRole('button', { name: `Parkera ${ACT.ongoing} till nästa möte` }).click();
    await page.getByRole('list', { name: 'Parkerat till nästa möte' }).getByText(ACT.ongoing).waitFor();

    // Bad input: an empty clause, then a new activity without what it is. Nothing is saved.
    await clause().fill('   ');
    await decisionForm().getByRole('button', { name: 'Anteckna' }).click();
    await decisionForm().getByText('Text: måste fyllas i').waitFor();
    expect(await clause().getAttribute('aria-invalid')).toBe('true');
    await decisionForm().getByLabel('Typ av punkt').selectOption({ label: 'Ny aktivitet' });
    await clause().fill('ta fram en gemensam kontaktlista');
    await decisionForm().getByRole('button', { name: 'Anteckna' }).click();
    await decisionForm().getByText('Aktivitet: måste fyllas i').waitFor();
    expect(await decisionForm().getByRole('textbox', { name: 'Aktivitet', exact: true }).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'decision form with errors');
    expect((await apiCall(session.server, 'planMeeting.get', { id: meetingId })).decisions).toEqual([]);
    expect((await apiCall(session.server, 'plan.get', { id: plan.id })).areas[0]!.activities).toHaveLength(5);

    await decisionForm().getByRole('textbox', { name: 'Aktivitet', exact: true }).fill(ACT.made);
    await decisionForm().getByLabel('Ansvarig', { exact: true }).fill('Omar Haddad');
    await decisionForm().getByLabel('Klart senast').fill(inDays(30));
    await decisionForm().getByRole('button', { name: 'Anteckna' }).click();
    await page.getByText(`Skapade aktiviteten: ${ACT.made}`).waitFor();
    await decisionForm().getByLabel('Typ av punkt').selectOption({ label: 'Beslut' });
    await clause().fill('godkänna den reviderade rutinen');
    await decisionForm().getByRole('button', { name: 'Anteckna' }).click();
    const approved = page.getByRole('list', { name: 'Beslut' }).getByText('Processteamet beslutar att godkänna den reviderade rutinen');
    await approved.waitFor();

    // A beslut deleted by mistake comes back from the toast.
    await page.getByRole('button', { name: 'Ta bort beslutet ”godkänna den reviderade rutinen”' }).click();
    await approved.waitFor({ state: 'detached' });
    await toasts().getByText('Beslutet är borttaget.').waitFor();
    await toasts().getByRole('button', { name: 'Ångra' }).click();
    await approved.waitFor();

    const made = (await apiCall(session.server, 'plan.get', { id: plan.id })).areas[0]!.activities.find((a) => a.what === ACT.made);
    expect(made).toMatchObject({ responsibleName: 'Omar Haddad', due: inDays(30), status: 'ej_paborjad' });

    // Closing: the preview lists what was recorded; the unreached pågår activity is let go.
    await page.getByRole('button', { name: 'Avsluta mötet', exact: true }).click();
    await dialog().getByRole('article', { name: 'Protokoll' }).waitFor();
    await expectAccessible(page, 'close dialog');
    await dialog().getByRole('checkbox', { name: ACT.relatives }).uncheck();
    await dialog().getByRole('button', { name: 'Avsluta och spara protokollet' }).click();
    await dialog().waitFor({ state: 'detached' });
    await page.getByText('Mötet är avslutat och protokollet går inte att ändra.', { exact: false }).waitFor();

    const decisions = ['Ny aktivitet: Processteamet beslutar att ta fram en gemensam kontaktlista', 'Beslut: Processteamet beslutar att godkänna den reviderade rutinen'];
    const changes = [
      `${ACT.late}: Status: Ej påbörjad → Klar – Rutinen är på plats (Anna Berg)`,
      `${ACT.red}: Hälsa: Röd → Gul (Ansvarig utses i april) – Omar tar frågan till ledningen (Omar Haddad)`,
    ];
    expect(await protocolItems('Beslut')).toEqual(decisions);
    expect(await protocolItems('Ändrad status och hälsa')).toEqual(changes);
    expect(await protocolItems('Tas upp på nästa möte')).toEqual([ACT.ongoing]);
    expect(await protocolItems('Deltagare')).toEqual(['Anna Berg, Karlskrona kommun', 'Omar Haddad, Blekingesjukhuset']);
    await page.getByRole('article', { name: 'Protokoll' }).getByText('Handlingsplan Karlskrona · LOS Karlskrona').waitFor();
    await page.getByRole('button', { name: 'Skriv ut protokollet' }).waitFor();
    const stored = await apiCall(session.server, 'planMeeting.get', { id: meetingId });
    expect(stored.protocol?.changes.map((c) => [c.activityId, c.field, c.to])).toEqual([
      [late.id, 'status', 'klar'],
      [red.id, 'health', 'gul'],
    ]);
    expect(stored.protocol?.carryOver.map((c) => c.what)).toEqual([ACT.ongoing]);
    await expectAccessible(page, 'closed meeting with protokoll');

    // Ctrl+Z reopens the meeting; redo closes it again with the same protokoll.
    await page.locator('body').press('Control+z');
    await page.getByRole('button', { name: 'Avsluta mötet', exact: true }).waitFor();
    expect((await apiCall(session.server, 'planMeeting.get', { id: meetingId })).meeting.status).toBe('open');
    await page.locator('body').press('Control+Shift+z');
    await page.getByRole('article', { name: 'Protokoll' }).waitFor();
    expect((await apiCall(session.server, 'planMeeting.get', { id: meetingId })).protocol).toEqual(stored.protocol);

    // The history lists the meeting with its counts; the next meeting's agenda starts with what was parked.
    await crumbs.getByRole('link', { name: 'Uppföljningsmöten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Uppföljningsmöten' }).waitFor();
    const first = page.getByRole('list', { name: 'Möteshistorik' }).getByRole('listitem').filter({ has: page.getByRole('link', { name }) });
    await first.getByText('Avslutat').waitFor();
    await first.getByText('2 beslut, 2 ändringar').waitFor();
    await page.getByRole('button', { name: 'Nytt uppföljningsmöte', exact: true }).click();
    await dialog().getByLabel('Datum').fill(inDays(14));
    await dialog().getByRole('button', { name: 'Skapa mötet' }).click();
    await page.getByRole('heading', { level: 1, name: `Uppföljningsmöte ${formatCalendarDate(inDays(14), 'sv')}` }).waitFor();
    expect(await agendaTitles()).toEqual([ACT.ongoing, ACT.relatives]);
    const carried = agenda().getByRole('listitem').filter({ has: page.getByRole('heading', { name: ACT.ongoing }) });
    await carried.getByText('På dagordningen: parkerad förra mötet, pågår').waitFor();
    await agenda().getByRole('listitem').filter({ has: page.getByRole('heading', { name: ACT.relatives }) }).getByText('På dagordningen: pågår').waitFor();
  });

  it('reschedule a meeting and keep its agenda; delete it and take it back from the toast', async () => {
    const { plan } = await seedPlan(session.server);
    const created = await apiCall(session.server, 'planMeeting.create', { planId: plan.id, date: inDays(7), title: 'Uppföljning vecka 1', attendees: [{ name: 'Anna Berg', organisation: '' }] });
    await open(`#/plan/${plan.id}/meetings`, 'Uppföljningsmöten');

    await page.getByRole('button', { name: 'Ändra datum och deltagare för mötet Uppföljning vecka 1' }).click();
    await expect.poll(() => dialog().getByLabel(/^Deltagare/).inputValue()).toBe('Anna Berg');
    await expectAccessible(page, 'reschedule dialog');
    await dialog().getByLabel('Datum').fill('2027-02-30');
    await dialog().getByRole('button', { name: 'Spara' }).click();
    await dialog().getByText('Datum: värdet är inte giltigt').waitFor();
    await dialog().getByLabel('Datum').fill(inDays(9));
    await dialog().getByRole('button', { name: 'Spara' }).click();
    await toasts().getByText('Mötet är ändrat.', { exact: false }).waitFor();
    const moved = await apiCall(session.server, 'planMeeting.get', { id: created.meeting.id });
    expect(moved.meeting.date).toBe(inDays(9));
    expect(moved.meeting.agenda).toEqual(created.meeting.agenda);

    await page.getByRole('button', { name: 'Ta bort mötet Uppföljning vecka 1' }).click();
    await expectAccessible(page, 'delete meeting dialog');
    await dialog().getByRole('button', { name: 'Ta bort mötet' }).click();
    await page.getByText('Planen har inga uppföljningsmöten ännu.').waitFor();
    await toasts().getByRole('button', { name: 'Ångra' }).click();
    await page.getByRole('link', { name: 'Uppföljning vecka 1' }).waitFor();
    expect((await apiCall(session.server, 'planMeeting.list', { planId: plan.id })).map((m) => m.id)).toEqual([created.meeting.id]);
  });
});
