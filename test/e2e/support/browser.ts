import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;

/**
 * A browser context that refuses — and records — every request leaving
 * loopback, so a test can assert the app never reaches the network. It
 * also records what the page's Content Security Policy refused: the
 * desktop window enforces the same policy, so a refused style or script
 * is a feature that silently does not work there.
 */
export async function isolatedContext(browser: Browser): Promise<{ context: BrowserContext; outbound: string[]; refusedByCsp: string[] }> {
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 800 } });
  const outbound: string[] = [];
  const refusedByCsp: string[] = [];
  context.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy')) refusedByCsp.push(message.text());
  });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const local = url.protocol === 'data:' || url.protocol === 'blob:' || LOOPBACK.test(url.hostname);
    if (local) return route.continue();
    outbound.push(url.href);
    return route.abort('blockedbyclient');
  });
  return { context, outbound, refusedByCsp };
}

/** Runs axe-core on the page and fails on any serious or critical violation. */
export async function expectAccessible(page: Page, view: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const severe = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${view}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(severe).toEqual([]);
}
