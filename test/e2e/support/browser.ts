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

export interface ContextOptions {
  /**
   * Hosts besides loopback the context may reach: only this machine's own
   * LAN address, for a test of the phones' listener on the room's network.
   */
  readonly allowHosts?: readonly string[];
  readonly viewport?: { readonly width: number; readonly height: number };
  readonly isMobile?: boolean;
  readonly hasTouch?: boolean;
}

/**
 * A browser context that refuses — and records — every request leaving
 * loopback, so a test can assert the app never reaches the network. It
 * also records what the page's Content Security Policy refused: the
 * desktop window enforces the same policy, so a refused style or script
 * is a feature that silently does not work there.
 */
export async function isolatedContext(
  browser: Browser,
  { allowHosts = [], viewport = { width: 1280, height: 800 }, isMobile = false, hasTouch = false }: ContextOptions = {},
): Promise<{ context: BrowserContext; outbound: string[]; refusedByCsp: string[] }> {
  const context = await browser.newContext({ locale: 'sv-SE', viewport, isMobile, hasTouch });
  const outbound: string[] = [];
  const refusedByCsp: string[] = [];
  context.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy')) refusedByCsp.push(message.text());
  });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const local = url.protocol === 'data:' || url.protocol === 'blob:' || LOOPBACK.test(url.hostname) || allowHosts.includes(url.hostname);
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
