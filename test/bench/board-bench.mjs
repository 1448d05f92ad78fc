// A board with 1,000 notes in 60 clusters in headless Chromium: first render,
// keyboard move of a selected note (key press to the next painted frame that
// shows it moved), frame times while dragging and panning, JS heap.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { report, summary } from './stats.mjs';
import { startWeb } from './web-server.mjs';
import { launchChromium, openStartPage } from './browser.mjs';

const NOTES = 1000;
const CLUSTERS = 60;
const VSYNC_MS = 1000 / 60;
// Timer jitter around vsync; a missed frame would add a whole period.
const VSYNC_JITTER_MS = 0.3;

async function seedBoard(web) {
  const [programme] = await web.call('programme.list', {});
  const [workshop] = await web.call('workshop.list', { programmeId: programme.id });
  const authors = [];
  for (const [i, huvudman] of ['kommun', 'region', 'privat', 'annan'].entries()) {
    authors.push(await web.call('participant.create', { workshopId: workshop.id, name: `Deltagare ${i + 1}`, organisation: 'Org', huvudman, role: '' }));
  }
  const colours = ['yellow', 'pink', 'blue', 'green', 'orange', 'purple'];
  const ids = [];
  for (let i = 0; i < NOTES; i++) {
    const note = await web.call('note.create', {
      workshopId: workshop.id,
      text: `Utmaning ${i + 1}: informationen om läkemedel och hemgång når inte fram i tid till alla som behöver den`,
      colour: colours[i % colours.length],
      authorId: authors[i % authors.length].id,
    });
    ids.push(note.id);
  }
  const perCluster = Math.floor((NOTES - 40) / CLUSTERS);
  for (let c = 0; c < CLUSTERS; c++) {
    await web.call('cluster.create', {
      workshopId: workshop.id,
      heading: `Kluster ${c + 1}`,
      noteIds: ids.slice(c * perCluster, (c + 1) * perCluster),
      position: { x: 1600 + (c % 10) * 820, y: 40 + Math.floor(c / 10) * 900 },
    });
  }
  return workshop;
}

/** rAF deltas in the page while `action` runs. */
async function frameTimes(page, action) {
  await page.evaluate(() => {
    window.__frames = [];
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (window.__recording) requestAnimationFrame(tick);
    };
    window.__recording = true;
    requestAnimationFrame(tick);
  });
  await action();
  return page.evaluate(() => {
    window.__recording = false;
    return window.__frames.slice(1);
  });
}

export async function benchBoard() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkstad-bench-'));
  const web = await startWeb(dir);
  const browser = await launchChromium();
  try {
    const workshop = await seedBoard(web);
    const page = await openStartPage(browser, web);

    // First render: route change to the board until every note is in the DOM
    // and painted; three times (leaving the board in between), median kept.
    const renders = [];
    for (let run = 0; run < 3; run++) {
      await page.evaluate(() => (location.hash = '#/'));
      await page.getByRole('heading', { level: 1, name: 'Förbättringsprogram' }).waitFor();
      renders.push(
        await page.evaluate(async (id) => {
          delete document.body.dataset.boardReady;
          const start = performance.now();
          location.hash = `#/workshop/${id}`;
          while (document.body.dataset.boardReady !== '1') await new Promise((r) => setTimeout(r, 2));
          await new Promise((r) => requestAnimationFrame(() => r()));
          return { ms: performance.now() - start, notes: document.querySelectorAll('[data-note-id]').length };
        }, workshop.id),
      );
    }
    const firstRender = { ms: summary(renders.map((r) => r.ms)).p50, max: Math.max(...renders.map((r) => r.ms)), notes: renders[0].notes };

    // Keyboard move: select a free note, press ArrowRight, wait for the frame that shows it moved.
    const free = page.locator('[data-note-id]').last();
    await free.click();
    const moves = [];
    for (let i = 0; i < 20; i++) {
      const handle = await free.elementHandle();
      await page.evaluate((el) => {
        const before = el.getBoundingClientRect().left;
        window.__moved = new Promise((resolve) => {
          let start = 0;
          addEventListener('keydown', () => (start = performance.now()), { capture: true, once: true });
          const check = () => (el.getBoundingClientRect().left !== before ? requestAnimationFrame(() => resolve(performance.now() - start)) : requestAnimationFrame(check));
          requestAnimationFrame(check);
        });
      }, handle);
      await page.keyboard.press('ArrowRight');
      moves.push(await page.evaluate(() => window.__moved));
    }

    // Drag a cluster frame across the board.
    const canvas = page.getByTestId('board-canvas');
    const box = await canvas.boundingBox();
    const frame = await page.locator('[data-cluster-id]').first().boundingBox();
    const dragFrames = await frameTimes(page, async () => {
      await page.mouse.move(frame.x + 40, frame.y + 16);
      await page.mouse.down();
      for (let i = 0; i < 60; i++) await page.mouse.move(frame.x + 40 + i * 6, frame.y + 16 + i * 3);
      await page.mouse.up();
    });

    // Pan with the wheel, as a trackpad would.
    const panFrames = await frameTimes(page, async () => {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      for (let i = 0; i < 60; i++) await page.mouse.wheel(12, 8);
    });

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');

    console.log(`\n== Board: ${firstRender.notes} notes in ${CLUSTERS} clusters, Chromium headless ==`);
    report('first render, median of 3 (route change → painted)', firstRender.ms, 'ms', 500);
    report('first render, slowest of 3', firstRender.max, 'ms');
    const move = summary(moves);
    report('keyboard move p50 (key → painted frame)', move.p50, 'ms');
    report('keyboard move p95', move.p95, 'ms');
    // rAF intervals cannot drop below the 60 Hz vsync period (16.67 ms); a
    // frame that misses its vsync shows up as an interval of ~33 ms or more.
    for (const [what, frames] of [['dragging', dragFrames], ['panning', panFrames]]) {
      const stats = summary(frames);
      const dropped = frames.filter((f) => f > VSYNC_MS * 1.5).length;
      report(`frame interval while ${what} p50`, stats.p50, 'ms');
      report(`frame interval while ${what} p95`, stats.p95, 'ms', VSYNC_MS + VSYNC_JITTER_MS);
      console.log(`${`frames that missed vsync while ${what}`.padEnd(52)} ${dropped} of ${frames.length}`);
    }
    report('JS heap after GC', usedSize / 1024 / 1024, 'MB', 300);
  } finally {
    await browser.close();
    web.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
