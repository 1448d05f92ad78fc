/**
 * Challenge cards in the browser: a workshop's cluster and a free note
 * pinned to a nuläge from the side tray by keyboard, their text and note
 * counts on the canvas and in the outline, "Visa lappar" with each note's
 * huvudman and the way back to the workshop, and a step's Ansvarig and
 * problem marker saved as one undoable step that survives a reload; a
 * tray item dropped on a step is pinned to it; the tray marks in words what
 * is already on the map, and pins it again when asked.
 * axe-core checks the tray and every dialog.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { scopeOf } from '../../shared/history/schema';
import type { MapElement, ProcessMapId } from '../../shared/processmap/schema';
import { expectAccessible } from './support/browser';
import { call, CLUSTERS, PROGRAMME, seedWorkshop, WORKSHOP } from './support/prioritisation';
import { useAppSession } from './support/session';

const session = useAppSession('samverkstad-map-cards-');
let page: Page;

const PROCESS = 'Utskrivning från Blekingesjukhuset';
const FREE_NOTE = 'Ingen vet vem som beställer hjälpmedlen';
const PROBLEM = 'Kallelsen kommer efter hemgången';
const dialog = () => page.getByRole('dialog');
const canvas = () => page.getByRole('region', { name: `Processkarta: ${PROCESS}` });
const outline = () => page.getByRole('region', { name: 'Disposition' });
const tray = () => page.getByRole('complementary', { name: 'Utmaningskort från workshoppar' });
const node = (id: string) => canvas().locator(`.react-flow__node[data-id="${id}"]`);

let mapId: ProcessMapId;
const theMap = () => call(session.server, 'processMap.get', { id: mapId });
const cards = async () => (await theMap()).elements.filter((e) => e.kind === 'challenge');
const elementNamed = async (start: string): Promise<MapElement> => (await theMap()).elements.find((e) => e.label.startsWith(start))!;

/** Focuses a control and presses Enter, as a keyboard user does. */
async function press(locator: ReturnType<Page['getByRole']>): Promise<void> {
  await locator.focus();
  await page.keyboard.press('Enter');
}

beforeEach(async () => {
  page = session.page;
});

describe('challenge cards', () => {
  it('pins a cluster to a step and a free note to a lane from the tray, shows their notes, marks a step’s problem and responsible, undoes and reloads', async () => {
    const { programme, workshop, people } = await seedWorkshop(session.server);
    await call(session.server, 'note.create', { workshopId: workshop.id, text: FREE_NOTE, colour: 'pink', authorId: people.K3.id });
    const map = await call(session.server, 'processMap.create', { programmeId: programme.id, name: PROCESS, state: 'nulage', template: 'los_discharge' });
    mapId = map.id;
    const sip = await elementNamed('Kallelse till SIP');
    const lanes = (await theMap()).lanes;
    const laneName = (id: string) => lanes.find((lane) => lane.id === id)!.name;
    await page.getByRole('link', { name: PROGRAMME }).click();
    await page.getByRole('link', { name: `${PROCESS} – Nuläge` }).click();
    await page.getByRole('heading', { level: 1, name: `${PROCESS} – Nuläge` }).waitFor();
    await canvas().locator('.react-flow__node-lane').first().waitFor();

    // The tray opens from the map's tools and lists the workshop's clusters with their counts and its free notes.
    await press(page.getByRole('button', { name: 'Utmaningskort', exact: true }));
    await tray().getByLabel('Workshop').waitFor();
    expect(await tray().getByLabel('Workshop').locator('option:checked').textContent()).toBe(WORKSHOP);
    const clusterList = tray().getByRole('region', { name: 'Kluster', exact: true });
    await clusterList.getByText(CLUSTERS.B.heading).waitFor();
    expect(await clusterList.getByRole('listitem').count()).toBe(Object.keys(CLUSTERS).length);
    expect(await clusterList.getByRole('listitem').filter({ hasText: CLUSTERS.A.heading }).textContent()).toContain('3 lappar');
    await tray().getByRole('region', { name: 'Lappar utanför kluster' }).getByText(FREE_NOTE).waitFor();
    await expectAccessible(page, 'map editor with the tray');

    // The search narrows by heading or note text; the cluster goes to the SIP step, the lane following the step.
    await tray().getByLabel('Sök bland kluster och lappar').fill('hemgången');
    await expect.poll(() => clusterList.getByRole('listitem').count()).toBe(1);
    await press(tray().getByRole('button', { name: `Fäst ”${CLUSTERS.B.heading}” på kartan` }));
    await dialog().getByLabel('Gäller steget').waitFor();
    await expectAccessible(page, 'pin dialog');
    await dialog().getByLabel('Gäller steget').selectOption({ label: `${sip.label} (${laneName(sip.laneId)})` });
    expect(await dialog().getByLabel('I filen').locator('option:checked').textContent()).toBe(laneName(sip.laneId));
    await press(dialog().getByRole('button', { name: 'Fäst kortet' }));
    await dialog().waitFor({ state: 'detached' });
    await expect.poll(async () => (await cards()).length).toBe(1);
    const [clusterCard] = await cards();
    expect(clusterCard).toMatchObject({ label: CLUSTERS.B.heading, noteCount: 2, pinnedTo: sip.id, laneId: sip.laneId });
    expect((await call(session.server, 'history.state', { scope: scopeOf('map', mapId) })).undo).toBe('mapElement.create');

    // The free note goes to a lane of its own, concerning no step in particular.
    await tray().getByLabel('Sök bland kluster och lappar').fill('hjälpmedlen');
    await press(tray().getByRole('button', { name: `Fäst ”${FREE_NOTE}” på kartan` }));
    await dialog().getByLabel('I filen').selectOption({ label: 'Socialtjänsten i kommunen' });
    await press(dialog().getByRole('button', { name: 'Fäst kortet' }));
    await dialog().waitFor({ state: 'detached' });
    await expect.poll(async () => (await cards()).length).toBe(2);
    const noteCard = (await cards()).find((card) => card.id !== clusterCard!.id)!;
    expect(noteCard).toMatchObject({ label: FREE_NOTE, noteCount: 1, pinnedTo: null });
    expect(laneName(noteCard.laneId)).toBe('Socialtjänsten i kommunen');

    // Both show their text and count on the canvas and in the outline.
    await expect.poll(() => node(clusterCard!.id).textContent()).toContain(`${CLUSTERS.B.heading}2 lappar`);
    expect(await node(noteCard.id).textContent()).toContain(`${FREE_NOTE}1 lapp`);
    await outline().getByText(`Utmaningskort ${CLUSTERS.B.heading} (2 lappar)`).waitFor();
    await outline().getByText(`Utmaningskort ${FREE_NOTE} (1 lapp)`).waitFor();
    await outline().getByText(`Gäller: ${sip.label}`).waitFor();

    // Visa lappar on the canvas: the cluster's notes with their authors' huvudman (both region) and a link to the workshop.
    await press(node(clusterCard!.id).getByRole('button', { name: `Visa lapparna bakom ${CLUSTERS.B.heading}` }));
    const notes = dialog().getByRole('list', { name: 'Lappar' });
    await notes.waitFor();
    expect(await notes.getByRole('listitem').allTextContents()).toEqual([`${CLUSTERS.B.notes[0]}Region`, `${CLUSTERS.B.notes[1]}Region`]);
    expect(await dialog().getByRole('link', { name: `Öppna workshoppen ${WORKSHOP}` }).getAttribute('href')).toBe(`#/workshop/${workshop.id}`);
    await expectAccessible(page, 'card notes dialog');
    await press(dialog().getByRole('button', { name: 'Stäng' }));
    await dialog().waitFor({ state: 'detached' });

    // …and in the outline, for the free note.
    await press(outline().getByRole('button', { name: `Visa lapparna bakom ${FREE_NOTE}` }));
    await notes.waitFor();
    expect(await notes.getByRole('listitem').allTextContents()).toEqual([`${FREE_NOTE}Kommun`]);
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });

    // The step's own fields: who answers for it and the problem today, saved as one step.
    await press(outline().getByRole('button', { name: `Byt namn på ${sip.label}` }));
    await dialog().getByLabel('Ansvarig').fill('Biståndshandläggaren');
    await dialog().getByLabel('Problem i nuläget').check();
    await dialog().getByLabel('Vad är problemet?').fill(PROBLEM);
    await expectAccessible(page, 'element dialog with the problem');
    await press(dialog().getByRole('button', { name: 'Spara' }));
    await dialog().waitFor({ state: 'detached' });
    await expect.poll(async () => (await elementNamed('Kallelse till SIP'))).toMatchObject({ responsible: 'Biståndshandläggaren', problem: true, description: PROBLEM });
    await expect.poll(() => node(sip.id).textContent()).toContain('Ansvarig: Biståndshandläggaren');
    expect(await node(sip.id).locator('.visually-hidden').textContent()).toBe(`Problem i nuläget: ${PROBLEM}`);
    expect(await node(sip.id).getAttribute('aria-label')).toContain(`Problem i nuläget: ${PROBLEM}`);
    await outline().getByText(`Problem i nuläget: ${PROBLEM}`).waitFor();
    await outline().getByText('Ansvarig: Biståndshandläggaren').waitFor();
    await expectAccessible(page, 'map editor with a problem marked');

    // One undo takes both fields back; redo puts them back, and a reload shows everything stored.
    await page.locator('body').press('Control+z');
    await expect.poll(async () => (await elementNamed('Kallelse till SIP'))).toMatchObject({ responsible: sip.responsible, problem: false });
    await expect.poll(() => outline().getByText(`Problem i nuläget: ${PROBLEM}`).count()).toBe(0);
    await expect.poll(() => page.getByRole('button', { name: /^Gör om: / }).isEnabled()).toBe(true);
    await page.locator('body').press('Control+Shift+z');
    await expect.poll(async () => (await elementNamed('Kallelse till SIP')).problem).toBe(true);
    await page.reload();
    await outline().getByText(`Problem i nuläget: ${PROBLEM}`).waitFor();
    await outline().getByText(`Utmaningskort ${CLUSTERS.B.heading} (2 lappar)`).waitFor();
    expect(await node(noteCard.id).textContent()).toContain(`${FREE_NOTE}1 lapp`);

    // With a mouse, a tray item dragged onto a step lands there pinned to it.
    await page.getByRole('button', { name: 'Utmaningskort', exact: true }).click();
    // Chromium under Playwright drags natively only with a real pointer; the same events are sent here, at the step's middle.
    const to = (await node(sip.id).boundingBox())!;
    const at = { clientX: to.x + to.width / 2, clientY: to.y + to.height / 2 };
    const dataTransfer = await page.evaluateHandle(() => new DataTransfer());
    await clusterList.getByRole('listitem').filter({ hasText: CLUSTERS.A.heading }).dispatchEvent('dragstart', { dataTransfer });
    await node(sip.id).dispatchEvent('dragover', { dataTransfer, ...at });
    await node(sip.id).dispatchEvent('drop', { dataTransfer, ...at });
    await expect.poll(async () => (await cards()).length).toBe(3);
    expect((await cards()).find((card) => card.label === CLUSTERS.A.heading)).toMatchObject({ noteCount: 3, pinnedTo: sip.id, laneId: sip.laneId });

    // The tray says, in words, which clusters and notes are already on this map; a second pin is still one press away.
    const item = (text: string) => tray().getByRole('listitem').filter({ hasText: text });
    await expect.poll(() => item(CLUSTERS.A.heading).textContent()).toContain('Finns redan på kartan');
    expect(await item(CLUSTERS.B.heading).textContent()).toContain('Finns redan på kartan');
    expect(await item(FREE_NOTE).textContent()).toContain('Finns redan på kartan');
    const unpinned = Object.values(CLUSTERS).find((c) => c.heading !== CLUSTERS.A.heading && c.heading !== CLUSTERS.B.heading)!;
    expect(await item(unpinned.heading).textContent()).not.toContain('Finns redan');
    await item(unpinned.heading).getByRole('button', { name: `Fäst ”${unpinned.heading}” på kartan` }).waitFor();
    await expectAccessible(page, 'tray marking what is on the map');
    await press(item(CLUSTERS.B.heading).getByRole('button', { name: `Fäst ”${CLUSTERS.B.heading}” på kartan en gång till` }));
    await press(dialog().getByRole('button', { name: 'Fäst kortet' }));
    await dialog().waitFor({ state: 'detached' });
    await expect.poll(async () => (await cards()).filter((card) => card.label === CLUSTERS.B.heading).length).toBe(2);
    await expect.poll(() => item(CLUSTERS.B.heading).textContent()).toContain('Finns redan 2 gånger på kartan');
    expect(await item(CLUSTERS.B.heading).getByRole('button').textContent()).toBe('Fäst igen');

    // A source deleted on the board: the card says so instead of listing nothing.
    await call(session.server, 'note.delete', { ids: (await call(session.server, 'mapElement.cardSource', { id: noteCard.id })).notes.map((n) => n.id) });
    await press(outline().getByRole('button', { name: `Visa lapparna bakom ${FREE_NOTE}` }));
    await dialog().getByText('Lapparna finns inte längre').waitFor();
    await expectAccessible(page, 'card notes dialog with the source gone');
  });
});
