// Frames missing vsync in a page while Playwright moves the mouse: a rAF loop
// in the page records every frame, and a gap of n vsync periods counts n − 1
// missed. Shared by the benches that put the app beside a bare yardstick page.

export const VSYNC_MS = 1000 / 60;
const GESTURE_MS = 2000;

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** In the page: starts recording frame times. */
export function startFrames() {
  window.benchFrames = [];
  window.benchRecording = true;
  const tick = (now) => {
    if (!window.benchRecording) return;
    window.benchFrames.push(now);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** In the page: stops recording; answers the frame times. */
export function stopFrames() {
  window.benchRecording = false;
  return window.benchFrames;
}

/**
 * A gap between two frames spans round(gap / 16.7 ms) vsyncs (half a vsync
 * of slack for timer jitter); every one after the first was missed.
 */
export function missedOf(frames) {
  let vsyncs = 0;
  let missed = 0;
  let longest = 0;
  for (let i = 1; i < frames.length; i++) {
    const gap = frames[i] - frames[i - 1];
    const spans = Math.max(1, Math.round(gap / VSYNC_MS));
    vsyncs += spans;
    missed += spans - 1;
    longest = Math.max(longest, gap);
  }
  return { vsyncs, missed, longest };
}

export const addUp = (parts) => parts.reduce((sum, p) => ({ vsyncs: sum.vsyncs + p.vsyncs, missed: sum.missed + p.missed, longest: Math.max(sum.longest, p.longest) }), { vsyncs: 0, missed: 0, longest: 0 });
export const percent = ({ vsyncs, missed }) => (vsyncs === 0 ? NaN : (100 * missed) / vsyncs);

/** Frames missing vsync while the page idles for `ms`: the page's own rate on this machine. */
export async function idleFrames(page, ms = 1000) {
  await page.evaluate(startFrames);
  await sleep(ms);
  return missedOf(await page.evaluate(stopFrames));
}

/**
 * Presses `button` at `from`, moves to `to` over GESTURE_MS at a mouse's
 * 125 Hz, releases; the frames from press to release. Waits `settleMs` after,
 * so what the release started (a save, a refetch) is over before the next gesture.
 */
export async function gesture(page, from, to, { button = 'left', settleMs = 1500 } = {}) {
  await page.mouse.move(from.x, from.y);
  await page.evaluate(startFrames);
  await page.mouse.down({ button });
  const start = performance.now();
  for (let i = 1; ; i++) {
    const f = Math.min(1, (performance.now() - start) / GESTURE_MS);
    await page.mouse.move(from.x + (to.x - from.x) * f, from.y + (to.y - from.y) * f);
    if (f === 1) break;
    await sleep(Math.max(0, start + i * 8 - performance.now()));
  }
  await page.mouse.up({ button });
  const frames = missedOf(await page.evaluate(stopFrames));
  await sleep(settleMs);
  return frames;
}
