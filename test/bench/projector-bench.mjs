// The projector view over a 500-note board (30 clusters of 15, 50 free notes)
// in headless Chromium at 1600 × 900: its first render (route change until
// the fitted board is painted) for the whole board, which shows the clusters
// with their counts, and zoomed to one cluster, which shows its notes; and
// how soon an edit made elsewhere is on the projector (the write, its change
// event, the refetch of all 500 notes, the render), zoomed to that cluster.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { firstRender } from './first-render.mjs';
import { report, summary } from './stats.mjs';
import { startWeb } from './web-server.mjs';
import { launchChromium, openStartPage } from './browser.mjs';

const CLUSTERS = 30;
const PER_CLUSTER = 15;
const FREE = 50;
const EDITS = 10;

async function seedBoard(web) {
  const [programme] = await web.call('programme.list', {});
  const [workshop] = await web.call('workshop.list', { programmeId: programme.id });
  const colours = ['yellow', 'pink', 'blue', 'green', 'orange', 'purple'];
  const write = (i) =>
    web.call('note.create', {
      workshopId: workshop.id,
      text: `Utmaning ${i + 1}: informationen om läkemedel och hemgång når inte fram i tid`,
      colour: colours[i % colours.length],
      authorId: null,
    });
  const clusters = [];
  let n = 0;
  for (let c = 0; c < CLUSTERS; c++) {
    const ids = [];
    for (let i = 0; i < PER_CLUSTER; i++) ids.push((await write(n++)).id);
    clusters.push(await web.call('cluster.create', { workshopId: workshop.id, heading: `Kluster ${c + 1}: samordning vid utskrivning`, noteIds: ids }));
  }
  for (let i = 0; i < FREE; i++) await write(n++);
  return { workshop, clusters, notes: n };
}

/** From the API call that changes a note's text to the frame that shows it on the projector. */
async function editToScreen(web, workshop, cluster) {
  const browser = await launchChromium();
  try {
    const page = await openStartPage(browser, web);
    await page.evaluate((id) => (location.hash = `#/projector/${id}`), workshop.id);
    await page.locator('.projector-focus').waitFor();
    const board = await web.call('board.get', { workshopId: workshop.id });
    const note = board.notes.find((n) => n.clusterId === cluster.id);
    const times = [];
    for (let i = 0; i < EDITS; i++) {
      times.push(
        await page.evaluate(
          async ({ id, text }) => {
            const token = sessionStorage.getItem('samverkstad.token');
            const start = performance.now();
            await fetch('/api/note.update', { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ id, text }) });
            const shown = () => [...document.querySelectorAll('.projector-note__text')].some((el) => el.textContent === text);
            while (!shown()) await new Promise((r) => requestAnimationFrame(r));
            await new Promise((r) => requestAnimationFrame(r));
            return performance.now() - start;
          },
          { id: note.id, text: `Ändrad lapp ${i + 1}` },
        ),
      );
    }
    return summary(times.slice(1));
  } finally {
    await browser.close();
  }
}

export async function benchProjector() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkstad-bench-'));
  const web = await startWeb(dir);
  try {
    const { workshop, clusters, notes } = await seedBoard(web);
    const hash = `#/projector/${workshop.id}`;
    const rows = '.projector-tile, .projector-note';
    await web.call('room.show', { workshopId: workshop.id, view: 'board', clusterId: null });
    const whole = await firstRender(web, { hash, lastId: 'projector-board', rows });
    const focused = clusters[Math.floor(CLUSTERS / 2)];
    await web.call('room.show', { workshopId: workshop.id, view: 'board', clusterId: focused.id });
    const zoomed = await firstRender(web, { hash, lastId: 'projector-board', rows });
    const edit = await editToScreen(web, workshop, focused);

    console.log(`\n== Projector view: ${notes} notes in ${CLUSTERS} clusters, Chromium headless at 1600 × 900 ==`);
    report(`first render, whole board (${whole.rows} cluster tiles), median of 3`, whole.p50, 'ms', 500);
    report(`first render, one cluster zoomed (${zoomed.rows} notes), median of 3`, zoomed.p50, 'ms', 500);
    report(`edit elsewhere → on the projector, p50 of ${EDITS - 1}`, edit.p50, 'ms');
    report(`edit elsewhere → on the projector, p95 of ${EDITS - 1}`, edit.p95, 'ms');
  } finally {
    web.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// `node test/bench/projector-bench.mjs` runs this bench alone (after `npm run build`).
if (import.meta.url === pathToFileURL(process.argv[1]).href) await benchProjector();
