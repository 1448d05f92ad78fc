// A page's first render in headless Chromium, as a user meets it: the
// route change from the programme list until the last row is in the DOM
// and painted. Four runs (leaving the page in between); the first warms
// the bundle's code paths, the median of the other three is kept.
import { summary } from './stats.mjs';
import { launchChromium, openStartPage } from './browser.mjs';


/** `hash`: the route to open; `lastId`: the element id of its last row; `rows`: a selector counting the rows rendered. */
export async function firstRender(web, { hash, lastId, rows }) {
  const browser = await launchChromium();
  try {
    const page = await openStartPage(browser, web);
    const runs = [];
    for (let run = 0; run < 4; run++) {
      await page.evaluate(() => (location.hash = '#/'));
      await page.getByRole('heading', { level: 1, name: 'Förbättringsprogram' }).waitFor();
      runs.push(
        await page.evaluate(
          async ({ hash, lastId, rows }) => {
            const start = performance.now();
            location.hash = hash;
            while (!document.getElementById(lastId)) await new Promise((r) => setTimeout(r, 2));
            await new Promise((r) => requestAnimationFrame(() => r()));
            return { ms: performance.now() - start, rows: document.querySelectorAll(rows).length };
          },
          { hash, lastId, rows },
        ),
      );
    }
    const measured = runs.slice(1);
    return { ...summary(measured.map((r) => r.ms)), rows: measured[0].rows };
  } finally {
    await browser.close();
  }
}
