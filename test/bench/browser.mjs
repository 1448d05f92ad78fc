// The benches' Chromium: Debian's, headless, with nothing reaching out to the network.
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** A 1600 × 900 page of the web mode at its start view; `errors`, if given, collects what the page logs as an error from the first load on. */
export async function openStartPage(browser, web, errors) {
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  if (errors) page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(web.url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}
