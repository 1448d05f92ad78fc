/**
 * Phones in a browser test: phone-sized, touch contexts (360 × 740) that may
 * reach this machine's own LAN address and nothing else beyond loopback,
 * joining the facilitator's session over the room's network, and what every
 * phone page must meet.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, expect } from 'vitest';
import type { MethodOutput } from '../../../shared/api/contract';
import type { WorkshopId } from '../../../shared/workshop/schema';
import { expectAccessible, isolatedContext } from './browser';
import type { AppSession } from './session';
import { apiCall, type WebServer } from './web-server';

export type JoiningOn = Extract<MethodOutput<'join.status'>, { on: true }>;

/** This machine's address on the room's network, as the facilitator would pick it. */
export async function lanAddress(server: WebServer): Promise<string> {
  const interfaces = await apiCall(server, 'join.interfaces', {});
  const chosen = interfaces.find((entry) => entry.name === 'eth0') ?? interfaces[0];
  if (!chosen) throw new Error('this machine has no non-loopback IPv4 address to test on');
  return chosen.address;
}

/** Turns joining on for the workshop on the LAN address, as the facilitator's panel does. */
export async function startJoining(server: WebServer, workshopId: WorkshopId, allowAnonymous = false): Promise<JoiningOn> {
  const status = await apiCall(server, 'join.start', { workshopId, address: await lanAddress(server), allowAnonymous });
  if (!status.on) throw new Error('joining did not start');
  return status;
}

export interface Phones {
  /** A new phone: its own context, so its own stored ticket. */
  open(): Promise<Page>;
}

/**
 * Registers phone contexts for each test of the file (after `useAppSession`,
 * so they close before the facilitator's server stops) and fails the test on
 * any request a phone sent past loopback and the LAN address, or any refusal
 * of the phone page's Content Security Policy.
 */
export function usePhones(session: AppSession): Phones {
  let address = '';
  let opened: { context: BrowserContext; outbound: string[]; refusedByCsp: string[] }[] = [];

  beforeEach(async () => {
    address = await lanAddress(session.server);
    opened = [];
  });

  afterEach(async () => {
    for (const { context } of opened) await context.close();
    expect(
      opened.flatMap(({ outbound }) => outbound),
      'requests from a phone that left loopback and the LAN address',
    ).toEqual([]);
    expect(
      opened.flatMap(({ refusedByCsp }) => refusedByCsp),
      'what the phone page’s Content Security Policy refused',
    ).toEqual([]);
  });

  return {
    async open() {
      const browser = session.context.browser();
      if (!browser) throw new Error('no browser');
      const phone = await isolatedContext(browser, { allowHosts: [address], viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
      opened.push(phone);
      return phone.context.newPage();
    },
  };
}

const sideways = (phone: Page) => phone.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);

/** Controls on the phone page smaller than a fingertip (44 × 44 CSS px), by their text. */
const smallTargets = (phone: Page) =>
  phone.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href]')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && (box.height < 44 || box.width < 44);
      })
      .map((element) => element.textContent || element.getAttribute('aria-label') || element.id),
  );

/** What every phone page must meet: no sideways scrolling, touch-sized controls, axe-clean. */
export async function phonePageFits(phone: Page, view: string): Promise<void> {
  expect(await sideways(phone), view).toBeLessThanOrEqual(0);
  expect(await smallTargets(phone), view).toEqual([]);
  await expectAccessible(phone, `phone: ${view}`);
}

/** The phone's own notes, as listed under its writing field. */
export const myNotes = (phone: Page) => phone.getByRole('list', { name: 'Dina lappar' }).getByRole('listitem');
