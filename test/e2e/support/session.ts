import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { tempDir } from '../../support/temp-dir';
import { isolatedContext, launchBrowser } from './browser';
import { startWebServer, type WebServer } from './web-server';

export interface AppSession {
  readonly page: Page;
  readonly server: WebServer;
  readonly context: BrowserContext;
}

/**
 * Registers what every browser test needs: one Chromium per file and, per
 * test, `npm run web` on a fresh data folder, a context that refuses and
 * records any request leaving loopback, and the start view loaded. The
 * returned object is filled in before each test runs. `serverArgs` go to
 * the web mode's command line (e.g. `--today` for a fixed date).
 */
export function useAppSession(prefix = 'samverkstad-e2e-', serverArgs: readonly string[] = []): AppSession {
  const session = {} as { page: Page; server: WebServer; context: BrowserContext; outbound: string[]; refusedByCsp: string[] };
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  beforeEach(async () => {
    session.server = await startWebServer(tempDir(prefix), serverArgs);
    ({ context: session.context, outbound: session.outbound, refusedByCsp: session.refusedByCsp } = await isolatedContext(browser));
    session.page = await session.context.newPage();
    await session.page.goto(session.server.url);
    await session.page.getByRole('heading', { level: 1, name: 'Förbättringsprogram' }).waitFor();
  });

  afterEach(async () => {
    await session.context.close();
    await session.server.stop();
    expect(session.outbound, 'requests that left loopback').toEqual([]);
    expect(session.refusedByCsp, 'what the Content Security Policy refused').toEqual([]);
  });

  return session;
}
