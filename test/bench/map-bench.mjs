// The process map editor with a big map: 1,000 steps and 1,200 arrows in
// 6 lanes, seeded over HTTP in the built web mode. In headless Chromium:
//
// - First render: the route change to `#/map/<id>` until every element is
//   a shown React Flow node and every arrow a drawn edge, and a frame has
//   painted them. The editor does not set `onlyRenderVisibleElements`, so
//   React Flow mounts all 1,000 nodes and 1,200 edges, in view or not;
//   "rendered" is all of them. (The editor gives React Flow each node's
//   size and handle places, so a node shows, and its arrows are drawn,
//   before React Flow has measured it; the bare page's wait for measuring.)
//   Checked once per frame, so the time is to the frame that showed them.
//   One warm-up, then the median of 3. After the gestures, every arrow must
//   still be drawn on both pages, or the run fails.
// - Frames missing vsync while panning (a drag on empty pane) and while
//   dragging a step along its lane, ~2 s each, driven by Playwright mouse
//   moves at a mouse's 125 Hz; a rAF loop in the page records every frame.
//   The same gestures on a bare React Flow page holding the same nodes and
//   edges (test/bench/bare-flow/, bundled here into a temp folder, never
//   shipped), in the same run and browser, the same canvas size and zoom.
//   The two pages take turns gesture by gesture, so a change in the
//   machine's load during the run falls on both alike.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { seedMap } from './map-layout-bench.mjs';
import { openBarePage } from './bare-page.mjs';
import { addUp, gesture, idleFrames, percent } from './frames.mjs';
import { report, summary } from './stats.mjs';
import { startWeb } from './web-server.mjs';
import { launchChromium, openStartPage } from './browser.mjs';

const STEPS = 1000;
const ARROWS = 1200;
/** Each gesture is done this many times on each page; the frames of all of them are counted together. */
const ROUNDS = 2;
const ELEMENT_NODE = '.react-flow__node:not(.react-flow__node-lane):not(.react-flow__node-phase)';

/** In the page: resolves with the time from the route change to the frame that showed every node measured and every edge drawn. */
async function renderInPage({ hash, nodes, edges, selector }) {
  const start = performance.now();
  location.hash = hash;
  const shown = () => {
    const all = document.querySelectorAll(selector);
    if (all.length < nodes || document.querySelectorAll('.react-flow__edge path.react-flow__edge-path[d]').length < edges) return false;
    // React Flow keeps a node hidden until it has measured it.
    return [...all].every((node) => node.style.visibility !== 'hidden');
  };
  while (!shown()) await new Promise((r) => requestAnimationFrame(r));
  await new Promise((r) => requestAnimationFrame(r));
  return performance.now() - start;
}

async function firstRender(page, mapId) {
  const runs = [];
  for (let run = 0; run < 4; run++) {
    await page.evaluate(() => (location.hash = '#/'));
    await page.getByRole('heading', { level: 1, name: 'Förbättringsprogram' }).waitFor();
    runs.push(await page.evaluate(renderInPage, { hash: `#/map/${mapId}`, nodes: STEPS, edges: ARROWS, selector: ELEMENT_NODE }));
  }
  return summary(runs.slice(1));
}

/** In the page: a point on the canvas, right of the middle, where a press pans (no element, control or resize edge under it). */
function emptyPoint(selector) {
  const box = document.querySelector('.react-flow').getBoundingClientRect();
  for (let y = box.top + box.height * 0.3; y < box.bottom - 40; y += 7) {
    for (let x = box.left + box.width * 0.6; x < box.right - 60; x += 13) {
      const hit = document.elementFromPoint(x, y);
      if (!hit?.closest('.react-flow') || hit.closest('.react-flow__panel, .react-flow__minimap, .react-flow__controls, .react-flow__resize-control')) continue;
      if (!hit.closest(selector) && !hit.closest('.react-flow__edge')) return { x, y };
    }
  }
  throw new Error('no empty spot on the canvas to pan from');
}

/** In the page: the middle of the element node nearest the canvas's middle. */
function stepPoint(selector) {
  const box = document.querySelector('.react-flow').getBoundingClientRect();
  const mid = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  const centres = [...document.querySelectorAll(selector)].map((node) => {
    const r = node.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  const inView = centres.filter((c) => c.x > box.left + 20 && c.x < box.right - 420 && c.y > box.top + 20 && c.y < box.bottom - 20);
  inView.sort((a, b) => Math.hypot(a.x - mid.x, a.y - mid.y) - Math.hypot(b.x - mid.x, b.y - mid.y));
  if (inView.length === 0) throw new Error('no element in view to drag');
  return inView[0];
}

/** One pan (a press on empty pane dragged 700 px left) and one drag of the step nearest the middle (400 px along its lane). */
async function panAndDrag(page, selector) {
  const from = await page.evaluate(emptyPoint, selector);
  const pan = await gesture(page, from, { x: from.x - 700, y: from.y + 40 });
  const step = await page.evaluate(stepPoint, selector);
  return { pan, drag: await gesture(page, step, { x: step.x + 400, y: step.y }) };
}

/** Frames are only worth counting on a page that still draws every arrow (one that lost its arrows would pan fast). */
async function expectAllDrawn(page) {
  const drawn = await page.evaluate(() => document.querySelectorAll('.react-flow__edge path.react-flow__edge-path[d]').length);
  if (drawn < ARROWS) throw new Error(`only ${drawn} of ${ARROWS} arrows are drawn after the gestures`);
}

const zoomOf = (page) => page.evaluate(() => new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')).transform).a);

/**
 * The editor and the bare page take turns, ROUNDS times: a pan and a drag on
 * one, then on the other. The machine's load drifts over a run; taking turns
 * spreads that drift over both pages instead of charging it to whichever
 * went first.
 */
async function interleavedRuns(pages) {
  const runs = pages.map(() => ({ pans: [], drags: [] }));
  const idle = [];
  for (const { page } of pages) idle.push(await idleFrames(page));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [index, { page, selector }] of pages.entries()) {
      await page.bringToFront();
      const { pan, drag } = await panAndDrag(page, selector);
      runs[index].pans.push(pan);
      runs[index].drags.push(drag);
    }
  }
  for (const { page } of pages) await expectAllDrawn(page);
  return Promise.all(runs.map(async ({ pans, drags }, index) => ({ idle: idle[index], pan: addUp(pans), drag: addUp(drags), zoom: await zoomOf(pages[index].page) })));
}

/** The editor alone, the same gestures ROUNDS times. */
async function editorRuns(page) {
  const pans = [];
  const drags = [];
  for (let round = 0; round < ROUNDS; round++) {
    const { pan, drag } = await panAndDrag(page, ELEMENT_NODE);
    pans.push(pan);
    drags.push(drag);
  }
  return { pan: addUp(pans), drag: addUp(drags) };
}

/** The bare page opened at the editor canvas's size with the same map. */
async function openBare(browser, dir, view, size) {
  const page = await openBarePage(browser, { entry: 'test/bench/bare-flow/main.tsx', dir, size, name: 'benchView', data: view });
  await page.waitForFunction(({ nodes, edges }) => document.querySelectorAll('.react-flow__node').length >= nodes && document.querySelectorAll('.react-flow__edge').length >= edges, { nodes: STEPS, edges: ARROWS }, { timeout: 60_000 });
  return page;
}

export async function benchMap() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkstad-bench-'));
  const web = await startWeb(dir);
  try {
    const view = await seedMap(web, { steps: STEPS, extraArrows: ARROWS - (STEPS - 1), spacing: 60 });
    const browser = await launchChromium();
    let render, editor, bare;
    try {
      const refused = [];
      const page = await openStartPage(browser, web, refused);
      render = await firstRender(page, view.map.id);
      const size = await page.evaluate(() => {
        const r = document.querySelector('.react-flow').getBoundingClientRect();
        return { width: Math.round(r.width), height: Math.round(r.height) };
      });
      const barePage = await openBare(browser, dir, view, size);
      [editor, bare] = await interleavedRuns([
        { page, selector: ELEMENT_NODE },
        { page: barePage, selector: '.react-flow__node' },
      ]);
      bare.size = size;
      await barePage.close();
      await page.bringToFront();
      // The outline beside the canvas, shown by default; without it, what the canvas alone costs.
      await page.getByRole('button', { name: 'Visa dispositionen' }).click();
      editor.noOutline = await editorRuns(page);
      await expectAllDrawn(page);
      if (refused.length > 0) throw new Error(`The page refused something: ${refused.join('; ')}`);
      await page.close();
    } finally {
      await browser.close();
    }

    console.log(`\n== Process map editor: ${view.elements.length} steps in ${view.lanes.length} lanes, ${view.arrows.length} arrows ==`);
    console.log(`${'load average (1 min) / cores'.padEnd(52)} ${os.loadavg()[0].toFixed(1)} / ${os.availableParallelism()}`);
    report(`first render, route change to all drawn, median of ${render.n}`, render.p50, 'ms', 1000);
    report('first render, slowest', render.max, 'ms');
    console.log(`${'canvas, zoom after fitView (editor / bare)'.padEnd(52)} ${bare.size.width}×${bare.size.height} px, ${editor.zoom.toFixed(2)} / ${bare.zoom.toFixed(2)}`);
    console.log(`${'React Flow onlyRenderVisibleElements (editor / bare)'.padEnd(52)} off / off: every node and edge is drawn, in view or not`);
    for (const [name, key] of [['idle 1 s', 'idle'], ['panning', 'pan'], ['dragging a step', 'drag']]) {
      const ours = percent(editor[key]);
      const theirs = percent(bare[key]);
      console.log(`${`frames missing vsync, ${name} (editor / bare)`.padEnd(52)} ${ours.toFixed(1)} % / ${theirs.toFixed(1)} % of ${editor[key].vsyncs} / ${bare[key].vsyncs} vsyncs`);
      console.log(`${'  longest frame (editor / bare)'.padEnd(52)} ${editor[key].longest.toFixed(0)} / ${bare[key].longest.toFixed(0)} ms`);
      if (key === 'idle') continue;
      report(`  editor above bare React Flow, ${name}`, ours - theirs, 'points', 5);
      console.log(`${'  editor with the outline hidden'.padEnd(52)} ${percent(editor.noOutline[key]).toFixed(1)} %, longest frame ${editor.noOutline[key].longest.toFixed(0)} ms`);
    }
  } finally {
    web.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// `node test/bench/map-bench.mjs` runs this bench alone (after `npm run build`).
if (import.meta.url === pathToFileURL(process.argv[1]).href) await benchMap();
