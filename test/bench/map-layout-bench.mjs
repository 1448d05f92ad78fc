// "Ordna" of a process map of 300 steps in 6 lanes with 360 arrows (loops
// back included), built over HTTP in the built web mode. Measured twice:
// the layout compute alone in Node (the same arrange + ELK code the worker
// runs), and in headless Chromium the whole press as the editor's hook does
// it (read the map, lay it out in the web worker, one mapElement.move),
// with the longest main-thread task meanwhile.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { report, summary } from './stats.mjs';
import { startWeb } from './web-server.mjs';
import { launchChromium, openStartPage } from './browser.mjs';

const STEPS = 300;
const LANES = 6;
const EXTRA_ARROWS = 61;
const RUNS = 5;
/** Presses in the editor right as it opens, each in a fresh page. */
const OPEN_RUNS = 3;
/** How long the editor is open before the first press, in the run that measures that. */
const OPEN_FOR_MS = 2000;
const ASSETS = 'dist/renderer/assets';

/** A fixed sequence, so every run arranges the same map. */
function seeded(seed) {
  let state = seed;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

/**
 * The flow as people draw it: one long chain wandering between lanes, some
 * arrows skipping ahead (parallel paths) and some looping back. Steps are
 * scattered along the map, so there is something to arrange. `spacing`:
 * how far apart the steps start along the flow.
 */
export async function seedMap(web, { steps: count = STEPS, extraArrows = EXTRA_ARROWS, spacing = 140 } = {}) {
  const random = seeded(42);
  const [programme] = await web.call('programme.list', {});
  const map = await web.call('processMap.create', { programmeId: programme.id, name: 'Utskrivning, bench', state: 'nulage', template: 'empty' });
  await web.call('mapLane.create', { mapId: map.id, name: 'Hemtjänsten' });
  const { lanes } = await web.call('processMap.get', { id: map.id });
  const tops = [];
  lanes.reduce((top, lane) => (tops.push(top), top + lane.height), 0);
  const steps = [];
  for (let i = 0; i < count; i++) {
    const lane = Math.floor(random() * LANES);
    const kind = i % 10 === 9 ? 'decision' : 'step';
    const step = await web.call('mapElement.create', { mapId: map.id, kind, x: i * spacing + Math.floor(random() * 400), y: tops[lane] + 20, label: `Steg ${i + 1}` });
    steps.push(step.id);
  }
  const arrow = (from, to) => web.call('mapArrow.create', { mapId: map.id, from: steps[from], to: steps[to] });
  for (let i = 0; i < count - 1; i++) await arrow(i, i + 1);
  for (let i = 0; i < extraArrows; i++) {
    const from = Math.floor(random() * (count - 8));
    await arrow(from, i % 4 === 0 ? Math.max(0, from - 1 - Math.floor(random() * 6)) : from + 2 + Math.floor(random() * 6));
  }
  return web.call('processMap.get', { id: map.id });
}

/** The shared arrange and engine modules, bundled for Node as the worker bundles them for the page. */
async function nodeArrange(dir) {
  const outfile = path.join(dir, 'arrange-node.mjs');
  await build({
    stdin: { contents: "export { arrangeMap } from './shared/processmap/arrange';\nexport { elkEngine } from './shared/processmap/elk';", resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}

/**
 * The worker as built: Vite emits its chunk once the editor imports the
 * hook. Before that, the same worker source is bundled here with esbuild
 * and served for the run from beside the built assets.
 */
async function workerScript() {
  const built = fs.readdirSync(ASSETS).find((f) => /^arrange\.worker-.*\.js$/.test(f));
  if (built) return { url: `./assets/${built}`, source: 'Vite-built worker chunk', cleanup: () => {} };
  const file = path.join(ASSETS, 'bench-arrange.worker.js');
  await build({ entryPoints: ['renderer/processmap/layout/arrange.worker.ts'], bundle: true, platform: 'browser', format: 'esm', target: 'chrome140', outfile: file, logLevel: 'warning' });
  return { url: './assets/bench-arrange.worker.js', source: 'same worker source, bundled by esbuild for the bench', cleanup: () => fs.rmSync(file, { force: true }) };
}

/** One press in the page: read, arrange in a worker, move; with the longest task and frame gap on the main thread meanwhile. */
async function pressInPage({ origin, token, mapId, workerUrl, fresh, openFor }) {
  const call = async (method, input) => {
    const res = await fetch(`${origin}/api/${method}`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
    const body = await res.json();
    if (!body.ok) throw new Error(`${method}: ${body.error.code}`);
    return body.value;
  };
  if (fresh || !window.benchWorker) {
    window.benchWorker?.terminate();
    window.benchWorker = new Worker(workerUrl, { type: 'module' });
    // As the editor does: the worker starts when the page opens, and people look at the map a moment before pressing.
    await new Promise((r) => setTimeout(r, openFor));
  }
  const worker = window.benchWorker;
  return new Promise((resolve, reject) => {
    let longest = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
    });
    observer.observe({ type: 'longtask' });
    let gap = 0;
    let last = performance.now();
    let watching = true;
    const frame = (now) => {
      gap = Math.max(gap, now - last);
      last = now;
      if (watching) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    const start = performance.now();
    call('processMap.get', { id: mapId })
      .then((view) => {
        const read = performance.now();
        return new Promise((done, fail) => {
          worker.onmessage = ({ data }) => ('error' in data ? fail(new Error(data.error)) : done({ view, read, moves: data.moves }));
          worker.onerror = (event) => fail(new Error(event.message));
          worker.postMessage({ id: 1, view });
        });
      })
      .then(async ({ read, moves }) => {
        const laidOut = performance.now();
        await call('mapElement.move', { mapId, moves });
        const total = performance.now() - start;
        // Let a last frame and any long task of the answer be recorded.
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 20)));
        watching = false;
        observer.disconnect();
        resolve({ total, read: read - start, worker: laidOut - read, move: performance.now() - laidOut, longest, gap, moves: moves.length });
      })
      .catch(reject);
  });
}

/**
 * In the page: the editor opened on the map and "Ordna" pressed the moment
 * the map is drawn (every step shown, every arrow drawn), as a user who
 * opens a map and arranges it at once; pressed earlier, the press would
 * only wait behind the editor's own first render, and its long tasks would
 * not be Ordna's. Timed from the press until the arrangement is stored (the
 * editor then says so); the longest main-thread task from the press until
 * then, and separately the longest while the arranged map is drawn in the
 * second after.
 */
async function pressOnOpen({ via, hash, button, done, steps, arrows }) {
  const found = (text, selector) => [...document.querySelectorAll(selector)].find((element) => element.textContent?.trim() === text);
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const drawn = () =>
    document.querySelectorAll('.react-flow__node:not(.react-flow__node-lane):not(.react-flow__node-phase)').length >= steps &&
    document.querySelectorAll('.react-flow__edge path.react-flow__edge-path[d]').length >= arrows;
  if (via) {
    // Through the programme page, as people open a map: the link is followed as soon as it is there.
    location.hash = via;
    while (!document.querySelector(`a[href="${hash}"]`)) await frame();
    document.querySelector(`a[href="${hash}"]`).click();
  } else location.hash = hash;
  while (!found(button, 'button') || !drawn()) await frame();
  // The editor's own first render ends in a long task or two; the press comes once the page is idle, as a person's would.
  await new Promise((r) => requestIdleCallback(r));
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const start = performance.now();
  found(button, 'button').click();
  while (!found(done, '.toast__message')) await frame();
  const total = performance.now() - start;
  const untilStored = longest;
  await new Promise((r) => setTimeout(r, 1000));
  observer.disconnect();
  return { total, longest: untilStored, drawing: longest };
}

export async function benchMapLayout() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkstad-bench-'));
  const web = await startWeb(dir);
  const worker = await workerScript();
  try {
    const view = await seedMap(web);
    const { arrangeMap, elkEngine } = await nodeArrange(dir);
    const engine = elkEngine();
    const nodeTimes = [];
    for (let run = 0; run < RUNS + 1; run++) {
      const start = performance.now();
      await arrangeMap(view, engine);
      nodeTimes.push(performance.now() - start);
    }
    const node = summary(nodeTimes.slice(1));

    const browser = await launchChromium();
    const presses = [];
    const onOpen = [];
    const fromProgramme = [];
    try {
      const refused = [];
      const page = await openStartPage(browser, web, refused);
      for (let run = 0; run < RUNS + 2; run++) {
        const fresh = run < 2;
        presses.push(await page.evaluate(pressInPage, { origin: web.origin, token: web.token, mapId: view.map.id, workerUrl: worker.url, fresh, openFor: run === 1 ? OPEN_FOR_MS : 0 }));
        // Back to the scattered map, so every press arranges the same one.
        await web.call('history.undo', {});
      }
      if (refused.length > 0) throw new Error(`The page refused something: ${refused.join('; ')}`);
      await page.close();
      // The editor itself, a fresh page each time so its worker starts with the page: opened straight from the
      // start page (a link or a reload: the worker starts with the editor), or from the programme page that lists it.
      const press = { hash: `#/map/${view.map.id}`, button: 'Ordna', done: 'Kartan är ordnad efter flödet.', steps: view.elements.length, arrows: view.arrows.length };
      for (const [via, runs] of [
        [null, onOpen],
        [`#/programme/${view.map.programmeId}`, fromProgramme],
      ]) {
        for (let run = 0; run < OPEN_RUNS; run++) {
          const editor = await openStartPage(browser, web, refused);
          runs.push(await editor.evaluate(pressOnOpen, { ...press, via }));
          await editor.close();
          await web.call('history.undo', {});
        }
      }
      if (refused.length > 0) throw new Error(`The page refused something: ${refused.join('; ')}`);
    } finally {
      await browser.close();
    }
    const [cold, opened, ...warm] = presses;
    const warmTotal = summary(warm.map((p) => p.total));
    const longest = Math.max(...presses.map((p) => p.longest));
    const gap = Math.max(...presses.map((p) => p.gap));

    console.log(`\n== Process map "Ordna": ${view.elements.length} steps in ${view.lanes.length} lanes, ${view.arrows.length} arrows ==`);
    console.log(`${'worker in the browser'.padEnd(52)} ${worker.source}`);
    report('layout compute, Node (arrange + ELK) median', node.p50, 'ms');
    report('layout compute, Node, slowest', node.max, 'ms');
    report('Ordna in Chromium, press as the worker starts', cold.total, 'ms', 1000);
    report(`Ordna in Chromium, first press ${OPEN_FOR_MS / 1000} s after opening`, opened.total, 'ms', 1000);
    report(`Ordna in Chromium, later presses median of ${warm.length}`, warmTotal.p50, 'ms', 1000);
    report('Ordna in Chromium, slowest press once opened', Math.max(...[opened, ...warm].map((p) => p.total)), 'ms', 1000);
    for (const [how, runs] of [
      ['opened straight', onOpen],
      ['opened from its programme', fromProgramme],
    ]) {
      const open = summary(runs.map((p) => p.total));
      report(`Ordna in the editor ${how}, pressed once drawn, median of ${open.n}`, open.p50, 'ms', 1000);
      report('  slowest', open.max, 'ms', 1000);
      report('  longest main-thread task, press until stored', Math.max(...runs.map((p) => p.longest)), 'ms', 50);
      report('  longest main-thread task, drawing the result', Math.max(...runs.map((p) => p.drawing)), 'ms');
    }
    const middle = [...warm].sort((a, b) => a.total - b.total)[Math.floor(warm.length / 2)];
    console.log(`${'  median press: read + worker + move'.padEnd(52)} ${middle.read.toFixed(0)} + ${middle.worker.toFixed(0)} + ${middle.move.toFixed(0)} ms, ${middle.moves} elements moved`);
    // The browser reports only tasks of 50 ms or more as long tasks: 0 means there was none.
    report('longest main-thread long task, any press (0: none)', longest, 'ms', 50);
    report('longest gap between frames during any press', gap, 'ms');
  } finally {
    worker.cleanup();
    web.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// `node test/bench/map-layout-bench.mjs` runs this bench alone (after `npm run build`).
if (import.meta.url === pathToFileURL(process.argv[1]).href) await benchMapLayout();
