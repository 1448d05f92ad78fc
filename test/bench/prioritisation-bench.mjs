// The four-field matrix with 200 placed items in headless Chromium (tab
// click to every item painted), and the tally of 40 participants × 12 dots
// over 500 items with the shared pure rules (tally, rank, split by huvudman).
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { report, summary } from './stats.mjs';
import { startWeb } from './web-server.mjs';
import { launchChromium, openStartPage } from './browser.mjs';

const ITEMS = 200;

/** The shared TypeScript rules, bundled on the fly so the bench runs the real code. */
async function loadRules() {
  const { outputFiles } = await build({ entryPoints: ['shared/voting/rules.ts'], bundle: true, format: 'esm', write: false, logLevel: 'error' });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}

async function benchTally() {
  const { tally, rank, splitBy } = await loadRules();
  const items = Array.from({ length: 500 }, (_, i) => `item-${i}`);
  const huvudman = ['kommun', 'region', 'privat', 'annan'];
  const dots = [];
  for (let p = 0; p < 40; p++) for (let d = 0; d < 12; d++) dots.push({ participantId: `p${p}`, itemId: items[(p * 37 + d * 101) % items.length] });
  const times = [];
  for (let run = 0; run < 200; run++) {
    const start = performance.now();
    rank(items, tally(dots));
    splitBy(dots, (id) => huvudman[Number(id.slice(1)) % 4]);
    times.push(performance.now() - start);
  }
  return summary(times.slice(20));
}

async function benchMatrix() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkstad-bench-'));
  const web = await startWeb(dir);
  const browser = await launchChromium();
  try {
    const [programme] = await web.call('programme.list', {});
    const [workshop] = await web.call('workshop.list', { programmeId: programme.id });
    const placements = [];
    for (let i = 0; i < ITEMS; i++) {
      const cluster = await web.call('cluster.create', { workshopId: workshop.id, heading: `Förbättringsområde ${i + 1}`, noteIds: [] });
      placements.push({ itemId: cluster.id, kind: 'cluster', x: ((i * 37) % 100) / 100, y: ((i * 61) % 100) / 100 });
    }
    await web.call('matrix.place', { workshopId: workshop.id, placements });

    const page = await openStartPage(browser, web);
    await page.evaluate((id) => (location.hash = `#/workshop/${id}`), workshop.id);
    await page.getByRole('tab', { name: 'Fyrfältare' }).waitFor();
    return await page.evaluate(async (count) => {
      const tab = [...document.querySelectorAll('[role="tab"]')].find((el) => el.textContent?.includes('Fyrfältare'));
      const start = performance.now();
      tab.click();
      while (document.querySelectorAll('[data-matrix-item]').length < count) await new Promise((r) => requestAnimationFrame(r));
      await new Promise((r) => requestAnimationFrame(r));
      return performance.now() - start;
    }, ITEMS);
  } finally {
    await browser.close();
    web.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchPrioritisation() {
  const matrixMs = await benchMatrix();
  const tallyStats = await benchTally();
  console.log(`\n== Prioritisation ==`);
  report(`matrix with ${ITEMS} items, first render (tab → painted)`, matrixMs, 'ms', 300);
  report('tally + rank + split, 40 × 12 dots over 500 items p50', tallyStats.p50, 'ms');
  report('tally + rank + split, 40 × 12 dots over 500 items p95', tallyStats.p95, 'ms', 5);
}
