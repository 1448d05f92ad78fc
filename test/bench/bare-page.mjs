// A bench-only yardstick page (test/bench/bare-*/main.*), bundled into a temp
// folder and opened from a file: URL, never shipped.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** Bundles `entry` into `dir` and opens it in a 1600 × 900 page whose #root is `size`; `data` is window[`name`] before the script runs. */
export async function openBarePage(browser, { entry, dir, size, name, data }) {
  await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome140',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    outdir: dir,
    logLevel: 'warning',
  });
  const html = path.join(dir, 'bare.html');
  fs.writeFileSync(html, `<!doctype html><meta charset="utf-8"><link rel="stylesheet" href="main.css"><body style="margin:0"><div id="root" style="width:${size.width}px;height:${size.height}px"></div><script src="main.js"></script>`);
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  await page.addInitScript(({ name, data }) => (window[name] = data), { name, data });
  await page.goto(pathToFileURL(html).href);
  return page;
}
