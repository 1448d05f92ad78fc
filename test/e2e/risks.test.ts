/**
 * The riskregister in the browser: started from the programme page, a risk
 * typed in freely and one raised from a handlingsplan område, assessed and
 * re-assessed with motivations, bad input refused with the field named and
 * nothing saved, the history newest first, the heat map's cells and its
 * comparison with the previous assessment, an action created in the
 * område, delete with undo from the toast, Ctrl+Z / Ctrl+Shift+Z in the
 * register, and the printable report. axe-core checks every view and dialog.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RegisterId, RiskId } from '../../shared/risk/schema';
import { expectAccessible } from './support/browser';
import { call, PROGRAMME, seedWorkshop } from './support/prioritisation';
import { useAppSession } from './support/session';

const TODAY = '2027-05-10';
const session = useAppSession('samverkstad-risks-', ['--today', TODAY]);
let page: Page;
let seeded: Awaited<ReturnType<typeof seedWorkshop>>;
let planId: string;

const PLAN = 'Handlingsplan trygg hemgång 2027';
const AREA = 'Läkemedel vid hemgång';
const FIRST = 'Läkemedelslistan är fel när patienten kommer hem';
const FROM_AREA = 'Ingen tar ansvar för listan efter utskrivning';

const dialog = () => page.getByRole('dialog');
const toasts = () => page.getByRole('region', { name: 'Meddelanden' });
const table = () => page.getByRole('table', { name: 'Riskerna i registret' });
const rowOf = (code: string) => table().getByRole('row').filter({ has: page.getByRole('cell', { name: code, exact: true }) });

async function theRegister() {
  const register = await call(session.server, 'riskRegister.forProgramme', { programmeId: seeded.programme.id });
  return call(session.server, 'riskRegister.get', { id: register!.id as RegisterId });
}

/** Picks a rating in its group and writes its motivation. */
async function rate(scale: 'Sannolikhet' | 'Konsekvens', rating: number, motivation: string): Promise<void> {
  await dialog().getByRole('group', { name: scale }).getByRole('radio', { name: new RegExp(`^${rating} – `) }).check();
  await dialog().getByLabel(`Motivering ${scale.toLowerCase()}`).fill(motivation);
}

async function assess(code: string, likelihood: number, consequence: number): Promise<void> {
  await page.getByRole('button', { name: `Bedöm ${code}` }).click();
  await rate('Sannolikhet', likelihood, `Sannolikhet ${likelihood}: så ser det ut i avvikelserna`);
  await rate('Konsekvens', consequence, `Konsekvens ${consequence}: patienten får fel läkemedel`);
  await dialog().getByLabel('Bedömd av').fill('Anna Berg');
  await dialog().getByRole('button', { name: 'Spara bedömningen' }).click();
  await dialog().waitFor({ state: 'detached' });
}

beforeEach(async () => {
  page = session.page;
  seeded = await seedWorkshop(session.server);
  const plan = await call(session.server, 'plan.create', { programmeId: seeded.programme.id, title: PLAN, periodStart: '2027-01-01', periodEnd: '2027-12-31', template: 'empty' });
  await call(session.server, 'planArea.create', { planId: plan.id, title: AREA });
  planId = plan.id;
});

describe('riskregister', () => {
  it('is created from the programme page, takes risks freely and from an område, assesses them with motivations, shows history and movement, undoes and prints', async () => {
    await page.getByRole('link', { name: PROGRAMME }).click();
    await page.getByRole('heading', { level: 1, name: PROGRAMME }).waitFor();
    await page.getByRole('button', { name: 'Skapa riskregister' }).click();
    const link = page.getByRole('link', { name: 'Öppna riskregistret' });
    await link.waitFor();
    await page.getByText('0 risker, 0 höga, 0 ej bedömda').waitFor();
    await expectAccessible(page, 'programme page with a register');
    await link.click();
    await page.getByRole('heading', { level: 1, name: 'Riskregister' }).waitFor();

    // A risk typed in freely, described as orsak → händelse → konsekvens.
    await page.getByRole('button', { name: 'Ny risk', exact: true }).click();
    await dialog().getByRole('textbox', { name: 'Risk', exact: true }).fill(FIRST);
    await dialog().getByLabel('Orsak').fill('Två journalsystem med var sin lista');
    await dialog().getByLabel('Händelse').fill('Patienten får med sig fel lista hem');
    await dialog().getByLabel('Konsekvens (beskrivning)').fill('Fel läkemedel ges i hemmet');
    await dialog().getByLabel('Bärs av').selectOption({ label: 'Gemensam' });
    await dialog().getByLabel('Riskägare').fill('Lena Ek');
    await dialog().getByLabel('Hantering').selectOption({ label: 'Åtgärda' });
    await dialog().getByLabel('Nästa översyn').fill('2027-06-15');
    await expectAccessible(page, 'new risk dialog');
    await dialog().getByRole('button', { name: 'Lägg till risken' }).click();
    await dialog().waitFor({ state: 'detached' });
    await rowOf('R1').getByText('Ej bedömd').waitFor();

    // Bad input: one rating without its motivation, the other not chosen. Both are named, nothing is saved.
    await page.getByRole('button', { name: 'Bedöm R1' }).click();
    await dialog().getByRole('group', { name: 'Sannolikhet' }).getByRole('radio', { name: /^3 – Stor/ }).check();
    await dialog().getByText('Välj sannolikhet och konsekvens så räknas poängen ut.').waitFor();
    await dialog().getByLabel('Bedömd av').fill('Anna Berg');
    await dialog().getByRole('button', { name: 'Spara bedömningen' }).click();
    await dialog().getByText('Motivering sannolikhet: måste fyllas i').waitFor();
    await dialog().getByText('Konsekvens: måste väljas').waitFor();
    await expectAccessible(page, 'assessment dialog with errors');
    const [risk] = (await theRegister()).risks;
    expect(await call(session.server, 'risk.history', { id: risk!.id as RiskId })).toEqual([]);

    // The same dialog, filled in: the score and its band show before saving.
    await rate('Sannolikhet', 3, 'Avvikelser om listan varje vecka');
    await rate('Konsekvens', 4, 'Fel läkemedel kan ge allvarlig skada');
    await dialog().getByText('Poäng: 3 × 4 = 12').waitFor();
    await dialog().getByRole('status').getByText('Hög').waitFor();
    await dialog().getByRole('button', { name: 'Spara bedömningen' }).click();
    await dialog().waitFor({ state: 'detached' });
    await rowOf('R1').getByText('3 × 4 = 12').waitFor();
    await rowOf('R1').getByText('Hög', { exact: true }).waitFor();
    await rowOf('R1').getByText('Första bedömningen').waitFor();

    // From the handlingsplan: the område's own "Ny risk" opens the form with the område as origin and a first assessment.
    await page.evaluate((id) => (location.hash = `#/plan/${id}`), planId);
    await page.getByRole('heading', { level: 1, name: PLAN }).waitFor();
    await page.getByRole('button', { name: `Ny risk från området ${AREA}` }).click();
    await expect.poll(() => dialog().getByLabel('Ursprung').evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe(`Område: ${AREA} (${PLAN})`);
    await dialog().getByRole('textbox', { name: 'Risk', exact: true }).fill(FROM_AREA);
    await dialog().getByLabel('Gör en första bedömning nu').check();
    await rate('Sannolikhet', 2, 'Har hänt ett par gånger');
    await rate('Konsekvens', 2, 'Upptäcks oftast vid första hembesöket');
    await expectAccessible(page, 'new risk from an område');
    await dialog().getByRole('button', { name: 'Lägg till risken' }).click();
    await dialog().waitFor({ state: 'detached' });
    await toasts().getByText(`R2 ${FROM_AREA} har lagts till.`).waitFor();
    await toasts().getByRole('button', { name: 'Till riskregistret' }).click();
    await page.getByRole('heading', { level: 1, name: 'Riskregister' }).waitFor();
    await rowOf('R2').getByText('2 × 2 = 4').waitFor();
    await rowOf('R2').getByText('Låg', { exact: true }).waitFor();

    // Re-assessed lower: the row shows the change, the history lists both newest first with the bands they were made with.
    await assess('R1', 2, 3);
    await rowOf('R1').getByText('2 × 3 = 6').waitFor();
    await rowOf('R1').getByText('Lägre än förra bedömningen').waitFor();
    await page.getByRole('button', { name: `Visa R1 ${FIRST}` }).click();
    const entries = dialog().getByRole('listitem');
    await expect.poll(() => entries.count()).toBe(2);
    expect(await entries.nth(0).textContent()).toContain('2 × 3 = 6');
    expect(await entries.nth(0).textContent()).toContain('Lägre än förra bedömningen (12, Hög)');
    expect(await entries.nth(1).textContent()).toContain('3 × 4 = 12');
    expect(await entries.nth(1).textContent()).toContain('Avvikelser om listan varje vecka');
    expect(await entries.nth(1).textContent()).toContain('Risknivåer vid bedömningen: låg 1–4, betydande 5–8, hög 9–16');
    await dialog().getByText('Fritt inlagd').waitFor();
    await expectAccessible(page, 'risk details with history');

    // An action created in the område from the risk, listed with a link to the activity.
    await dialog().getByRole('button', { name: 'Åtgärder (0)' }).click();
    await dialog().getByRole('combobox', { name: 'Område', exact: true }).selectOption({ label: `Område: ${AREA} (${PLAN})` });
    await dialog().getByLabel('Vad ska göras').fill('Gemensam läkemedelslista vid utskrivning');
    await dialog().getByLabel('Klart senast').fill('2027-04-30');
    await dialog().getByRole('button', { name: 'Skapa aktiviteten' }).click();
    const action = dialog().getByRole('link', { name: 'Gemensam läkemedelslista vid utskrivning' });
    await action.waitFor();
    expect(await action.getAttribute('href')).toMatch(new RegExp(`^#/plan/${planId}\\?activity=`));
    await dialog().getByText('Försenad').waitFor();
    await expectAccessible(page, 'actions dialog');
    await dialog().getByRole('button', { name: 'Stäng' }).click();
    await rowOf('R1').getByRole('cell', { name: '1', exact: true }).waitFor();

    // The heat map: a cell lists its risks; the comparison shows what moved.
    await page.getByRole('button', { name: /^Sannolikhet 2 Liten, konsekvens 3 Allvarlig: 6 poäng, Betydande, 1 risk$/ }).click();
    await page.getByRole('region', { name: 'Risker med sannolikhet 2 och konsekvens 3' }).getByRole('button', { name: `R1 ${FIRST}` }).waitFor();
    await page.getByLabel('Jämför med förra bedömningen').check();
    await page.getByText('R1: 12 → 6').waitFor();
    await page.getByText('R2: ny, 4').waitFor();
    await expectAccessible(page, 'register page with heat map comparison');

    // The bands editor explains that earlier assessments keep theirs.
    await page.getByRole('button', { name: 'Ändra risknivåer' }).click();
    await dialog().getByText('behåller de nivåer som gällde').waitFor();
    await expectAccessible(page, 'bands dialog');
    await dialog().getByRole('button', { name: 'Avbryt' }).click();

    // Ctrl+Z walks back the register's own history: the action, then the re-assessment; Ctrl+Shift+Z brings them back.
    await page.locator('body').press('Control+z');
    await rowOf('R1').getByRole('cell', { name: '0', exact: true }).waitFor();
    await page.locator('body').press('Control+z');
    await rowOf('R1').getByText('3 × 4 = 12').waitFor();
    await page.locator('body').press('Control+Shift+z');
    await rowOf('R1').getByText('2 × 3 = 6').waitFor();

    // Deleting asks first and can be undone from the toast.
    await page.getByRole('button', { name: `Visa R2 ${FROM_AREA}` }).click();
    await dialog().getByText(`Från område i handlingsplanen: ${AREA}`).waitFor();
    await dialog().getByRole('button', { name: 'Ta bort', exact: true }).click();
    await dialog().getByText('tas bort med sin enda bedömning').waitFor();
    await expectAccessible(page, 'delete risk dialog');
    await dialog().getByRole('button', { name: 'Ta bort risken' }).click();
    await expect.poll(() => rowOf('R2').count()).toBe(0);
    await toasts().getByRole('button', { name: 'Ångra', exact: true }).click();
    await rowOf('R2').getByText('2 × 2 = 4').waitFor();

    // The report for the styrgrupp.
    await page.getByRole('link', { name: 'Riskrapport' }).click();
    await page.getByRole('heading', { level: 1, name: 'Riskrapport till styrgruppen' }).waitFor();
    await page.getByText('Ingen risk är bedömd som hög.').waitFor();
    await page.getByRole('table', { name: 'Riskerna i registret' }).getByText(FIRST).waitFor();
    await expectAccessible(page, 'risk report');
  });
});
