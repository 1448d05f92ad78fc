import fs from 'node:fs';
import path from 'node:path';
import type { JoinStatus } from '../../shared/join/schema';
import type { OpenAppOptions } from '../../electron/app/open-app';
import type { PhoneBundle } from '../../electron/join/lan-server';
import { exampleWorkshop } from './board';
import { openTestApp, type TestApp } from './core';
import { phoneRequest, watchEvents, type PhoneRequest, type PhoneResponse } from './phone-client';
import { tempDir } from './temp-dir';

export type OnStatus = Extract<JoinStatus, { on: true }>;

export interface JoiningApp extends TestApp {
  /** Moves the app's clock forward (codes expire, buckets refill). */
  advance(ms: number): void;
  readonly phone: PhoneBundle;
}

export const PHONE_PAGE_HTML = '<!doctype html><title>Telefon</title><script type="module" src="./assets/phone-1234.js"></script>';

/** A stand-in for the phone's build: its page and one asset. */
export function phoneBundleFixture(): PhoneBundle {
  const dir = tempDir('samverkstad-phone-');
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'phone.html'), PHONE_PAGE_HTML);
  fs.writeFileSync(path.join(dir, 'assets', 'phone-1234.js'), 'export {};\n');
  return { dir, page: 'phone.html' };
}

/** The real core on a real SQLite file, with a clock the test can move and a phone bundle to serve. */
export async function openJoiningApp(options: Pick<OpenAppOptions, 'network'> = {}): Promise<JoiningApp> {
  let offset = 0;
  const phone = phoneBundleFixture();
  const app = await openTestApp({ clock: () => new Date(Date.now() + offset), phone, ...options });
  return { ...app, phone, advance: (ms) => (offset += ms) };
}

export async function startJoining(app: TestApp, address: string, workshopId?: string): Promise<OnStatus> {
  const id = workshopId ?? (await exampleWorkshop(app)).id;
  const status = await app.call('join.start', { workshopId: id as never, address, allowAnonymous: false });
  if (!status.on) throw new Error('join.start left joining off');
  return status;
}

/** `http://<address>:<port>` of a running session. */
export function baseOf(status: OnStatus): string {
  return status.url.replace(/\/$/, '');
}

export interface EventWatchResult {
  readonly events: readonly unknown[];
}

/** How a test reaches the listener: straight over loopback, or from the phone's namespace. */
export interface PhoneTransport {
  request(request: PhoneRequest): Promise<PhoneResponse>;
  /** Opens the device's event stream; `opened` once the server answered, `ended` when it ends the stream. */
  watch(base: string, token: string): { opened: Promise<{ status: number; stream: boolean }>; ended: Promise<EventWatchResult>; stop(): void };
}

export const loopbackPhone: PhoneTransport = {
  request: phoneRequest,
  watch: (base, token) => {
    const watch = watchEvents(base, token);
    return { opened: watch.opened, ended: watch.ended.then(() => ({ events: watch.events })), stop: watch.stop };
  },
};
