/**
 * The built Electron main process (dist/main.cjs), run under Node with a
 * recording stand-in for `electron` because no Electron binary runs here.
 * Everything behind the stand-in is real: the bundle's own code, the
 * renderer files in dist/, and the SQLite file in a temp data folder.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { contract, methodNames } from '../../shared/api/contract';
import { type ApiResult, errorCodes } from '../../shared/api/errors';
import en from '../../shared/i18n/locales/en.json';
import sv from '../../shared/i18n/locales/sv.json';
import { createFakeElectron, type FakeElectron, FakeWebContents, type FakeWindow } from '../../test/support/fake-electron';
import { builtFile, type LoadedBundle, loadBundle } from '../../test/support/load-bundle';
import { holdInChild, tryInChild } from '../../test/support/lock-holder';
import { tempDir } from '../../test/support/temp-dir';
import { LOCK_FILE_NAME } from '../storage/lock';
import { CHANGED_CHANNEL, INVOKE_CHANNEL } from './channels';
import { APP_ENTRY_URL } from './origin';

// A launch compiles the whole 3 MB bundle and opens a database; the first
// also loads the native SQLite module. On two busy cores that can pass the
// 5 s (test) and 10 s (hook) defaults.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

interface Launched {
  readonly fake: FakeElectron;
  readonly bundle: LoadedBundle;
}

/** Loads dist/main.cjs over `dataDir`, lets the app become ready, and waits until main has opened a window or given up. */
async function start(dataDir: string, userData: string, before: (fake: FakeElectron) => void = () => undefined): Promise<Launched> {
  const fake = createFakeElectron({ userData });
  before(fake);
  const bundle = loadBundle(builtFile('main.cjs'), { electron: fake.module }, ['--data-dir', dataDir]);
  fake.ready();
  await fake.settled;
  return { fake, bundle };
}

function quit({ fake, bundle }: Launched): void {
  fake.app.emit('will-quit');
  bundle.unload();
}

const launched: Launched[] = [];

// Registered after temp-dir's hook, so it runs first: the database is
// closed and its lock released before the folder is removed.
afterEach(() => launched.splice(0).forEach(quit));

/** An app of its own for one test, quit after it. */
async function launch(dataDir: string, before?: (fake: FakeElectron) => void): Promise<FakeElectron> {
  const app = await start(dataDir, tempDir('samverkstad-userdata-'), before);
  launched.push(app);
  return app.fake;
}

function onlyWindow(fake: FakeElectron): FakeWindow {
  expect(fake.windows).toHaveLength(1);
  return fake.windows[0]!;
}

const TRUSTED_FRAME = { url: APP_ENTRY_URL, parent: null };
const PROJECTED = '2f1c8a52-8a54-4a8e-9a0e-1c2d3e4f5a6b';

function invoker(fake: FakeElectron) {
  const handler = fake.ipcHandlers.get(INVOKE_CHANNEL);
  if (!handler) throw new Error('no IPC handler registered');
  return (event: unknown, method: unknown, input: unknown) => handler(event, method, input) as Promise<ApiResult<unknown>>;
}

function fetchApp(fake: FakeElectron, url: string, init?: RequestInit): Promise<Response> {
  const handler = fake.protocolHandlers.get('app');
  if (!handler) throw new Error('app:// is not served');
  return handler(new Request(url, init));
}

/** Every entry of a folder with a hash of its content, to show nothing was written (the lock file is only ever locked). */
function snapshot(dir: string): Map<string, string> {
  return new Map(
    fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name !== LOCK_FILE_NAME).map((name) => {
      const file = path.join(dir, name);
      return [name, fs.statSync(file).isFile() ? createHash('sha256').update(fs.readFileSync(file)).digest('hex') : 'folder'];
    }),
  );
}

/**
 * Checks that only look (or only touch what no other check reads) share one
 * app: each load compiles the whole bundle, which is most of this file's time.
 */
describe('a running app', () => {
  let dataDir: string;
  let app: Launched;
  let fake: FakeElectron;
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkstad-main-'));
    app = await start(dataDir, path.join(dataDir, 'userData'));
    fake = app.fake;
  });
  afterAll(() => {
    quit(app);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('is sandboxed, context-isolated, without Node, with our preload, and loads the app origin', () => {
    const win = onlyWindow(fake);

    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      preload: builtFile('preload.cjs'),
    });
    expect(fake.app.sandboxed).toBe(true);
    expect(win.loadedUrl).toBe(APP_ENTRY_URL);
    expect(win.shown).toBe(false);
    win.emit('ready-to-show');
    expect(win.shown).toBe(true);

    // The data folder is also Chromium's profile, so one instance per folder holds.
    expect(fake.app.paths.get('userData')).toBe(dataDir);
    expect(fs.existsSync(path.join(dataDir, 'samverkstad.db'))).toBe(true);
  });

  it('brings its window forward when the app is started again', () => {
    const win = onlyWindow(fake);
    fake.app.emit('second-instance', {}, [], '');
    expect(win.focused).toBe(true);
  });

  it('has a menu without reload or developer tools', () => {
    const roles = JSON.stringify(fake.menus);
    expect(roles).toContain('editMenu');
    expect(roles).not.toMatch(/reload|devtools/i);
  });

  it('is registered as a privileged standard scheme before ready', () => {
    expect(fake.privilegedSchemes).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
  });

  it('serves the built renderer with its security headers', async () => {
    const page = await fetchApp(fake, APP_ENTRY_URL);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await page.text();
    expect(html).toBe(fs.readFileSync(path.join(path.dirname(builtFile('main.cjs')), 'renderer', 'index.html'), 'utf8'));

    const script = /src="\.?\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetchApp(fake, `app://samverkstad/${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);

    const head = await fetchApp(fake, APP_ENTRY_URL, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('refuses traversal and other hosts, and never serves a file outside the renderer', async () => {
    const refusals: [url: string, status: number][] = [
      ['app://samverkstad/..%2fmain.cjs', 403],
      ['app://samverkstad/%2e%2e%2fmain.cjs', 403],
      ['app://samverkstad/assets/..%2f..%2fpreload.cjs', 403],
      ['app://samverkstad/%2E%2E%2F%2E%2E%2Fpackage.json', 403],
      ['app://samverkstad/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd', 403],
      ['app://samverkstad/index.html%00.js', 403],
      // The URL parser already folds these to paths inside the renderer folder.
      ['app://samverkstad/../../etc/passwd', 404],
      ['app://samverkstad/%2e%2e/main.cjs', 404],
      ['app://samverkstad/assets/', 404],
      ['app://elsewhere/index.html', 404],
    ];
    for (const [url, status] of refusals) {
      const response = await fetchApp(fake, url);
      expect(response.status, url).toBe(status);
      const body = await response.text();
      expect(body, url).not.toContain('require(');
      expect(body, url).not.toContain('root:');
    }
  });

  it('answers only reads', async () => {
    expect((await fetchApp(fake, APP_ENTRY_URL, { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it('answers every contract method through the handler with a proper envelope against the real file', async () => {
    const win = onlyWindow(fake);
    const invoke = invoker(fake);
    const trusted = { sender: win.webContents, senderFrame: TRUSTED_FRAME };
    const expected = errorCodes.filter((code) => code !== 'internal');

    for (const method of methodNames) {
      const result = await invoke(trusted, method, {});
      if (result.ok) {
        expect(contract[method].output.safeParse(result.value).success, `${method} output`).toBe(true);
      } else {
        expect(expected, `${method} answered ${result.error.code}: ${result.error.message}`).toContain(result.error.code);
        expect(typeof result.error.message, method).toBe('string');
      }
    }
  });

  it('refuses a method name that is not a string', async () => {
    const win = onlyWindow(fake);
    const result = await invoker(fake)({ sender: win.webContents, senderFrame: TRUSTED_FRAME }, 42, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  const untrusted: [string, (win: FakeWindow) => unknown][] = [
    ['a subframe of our page', (win) => ({ sender: win.webContents, senderFrame: { url: APP_ENTRY_URL, parent: TRUSTED_FRAME } })],
    ['our window after it navigated away', (win) => ({ sender: win.webContents, senderFrame: { url: 'https://example.com/', parent: null } })],
    ['a frame look-alike origin', (win) => ({ sender: win.webContents, senderFrame: { url: 'app://samverkstad.evil/index.html', parent: null } })],
    ['a frame that is gone', (win) => ({ sender: win.webContents, senderFrame: null })],
    ['a WebContents that is not our window', () => ({ sender: new FakeWebContents(999), senderFrame: TRUSTED_FRAME })],
  ];

  it.each(untrusted)('refuses every method from %s and changes nothing', async (_name, eventFor) => {
    const win = onlyWindow(fake);
    const invoke = invoker(fake);
    const event = eventFor(win);
    const pushed = win.webContents.sent.length;

    const create = await invoke(event, 'programme.create', { name: 'Intrång', area: '', level: 'lokal', description: '' });
    expect(create).toEqual({ ok: false, error: { code: 'unauthorized', message: expect.any(String) } });
    for (const method of methodNames) {
      expect(await invoke(event, method, {}), method).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    const list = await invoke({ sender: win.webContents, senderFrame: TRUSTED_FRAME }, 'programme.list', {});
    expect(list.ok && (list.value as { name: string }[]).map((p) => p.name)).not.toContain('Intrång');
    expect(win.webContents.sent).toHaveLength(pushed);
  });

  it('keeps the window on the app origin', () => {
    const contents = onlyWindow(fake).webContents;
    for (const url of ['https://example.com/', 'http://127.0.0.1:4780/', 'file:///etc/passwd', 'app://samverkstad.evil/index.html', 'javascript:alert(1)']) {
      expect(contents.fire('will-navigate', url), url).toEqual({ prevented: true });
      expect(contents.fire('will-redirect', url), url).toEqual({ prevented: true });
    }
    expect(contents.fire('will-navigate', 'app://samverkstad/index.html#/programmes')).toEqual({ prevented: false });
    expect(contents.fire('will-attach-webview', {}, {})).toEqual({ prevented: true });
  });

  it('opens no new windows, not even for its own pages', () => {
    const contents = onlyWindow(fake).webContents;
    for (const url of ['https://example.com/', APP_ENTRY_URL, `${APP_ENTRY_URL}#/workshop/${PROJECTED}`]) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(fake.windows).toHaveLength(1);
  });

  it('guards web contents it did not create', () => {
    const stray = new FakeWebContents(500);
    fake.app.emit('web-contents-created', {}, stray);
    expect(stray.fire('will-navigate', 'https://example.com/')).toEqual({ prevented: true });
    expect(stray.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('denies permissions and every request that would leave the machine', () => {
    const { permissionRequestHandler, permissionCheckHandler, beforeRequest } = fake.session;
    const granted = vi.fn();
    permissionRequestHandler?.({}, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    const fullscreen = vi.fn();
    permissionRequestHandler?.({}, 'fullscreen', fullscreen, { requestingUrl: APP_ENTRY_URL });
    permissionRequestHandler?.({}, 'fullscreen', fullscreen, { requestingUrl: 'https://example.com/' });
    expect(fullscreen.mock.calls).toEqual([[true], [false]]);
    expect(permissionCheckHandler?.({}, 'notifications')).toBe(false);

    const cancelled = (url: string) => {
      let answer: boolean | undefined;
      beforeRequest?.({ url }, (response) => (answer = response.cancel));
      return answer;
    };
    expect(cancelled('https://example.com/')).toBe(true);
    expect(cancelled('http://127.0.0.1:4780/api/programme.list')).toBe(true);
    expect(cancelled(APP_ENTRY_URL)).toBe(false);
  });
});

describe('the projector window', () => {
  it('opens a workshop\'s projector view as a window of its own, as locked down as the main one', async () => {
    const fake = await launch(tempDir());
    const main = onlyWindow(fake);
    const url = `${APP_ENTRY_URL}#/projector/${PROJECTED}`;
    expect(main.webContents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    expect(fake.windows).toHaveLength(2);
    const projector = fake.windows[1]!;
    expect(projector.loadedUrl).toBe(url);
    expect(projector.options.webPreferences).toEqual(main.options.webPreferences);
    // With one screen it is an ordinary window, so the facilitator's stays in view.
    expect(projector.fullScreen).toBe(false);
    // Its page may call the API like the main window's.
    const result = await invoker(fake)({ sender: projector.webContents, senderFrame: { url, parent: null } }, 'programme.list', {});
    expect(result.ok).toBe(true);

    main.webContents.windowOpenHandler?.({ url });
    expect(fake.windows).toHaveLength(2);
    expect(projector.focused).toBe(true);

  });

  it('puts the projector view full screen on a second display, and Esc leaves full screen', async () => {
    const fake = await launch(tempDir());
    const main = onlyWindow(fake);
    fake.displays.push({ id: 7, bounds: { x: 1440, y: 0, width: 1920, height: 1080 } });
    main.webContents.windowOpenHandler?.({ url: `${APP_ENTRY_URL}#/projector/${PROJECTED}` });
    const projector = fake.windows[1]!;
    expect(projector.options).toMatchObject({ x: 1440, y: 0, width: 1920, height: 1080, fullscreen: true });
    projector.webContents.emit('before-input-event', {}, { type: 'keyDown', key: 'Escape' });
    expect(projector.fullScreen).toBe(false);
    // Closing the main window takes the projector along.
    main.close();
    expect(projector.isDestroyed()).toBe(true);
  });

  it('opens no projector view for a page that is not its own window', async () => {
    const fake = await launch(tempDir());
    const stray = new FakeWebContents(501);
    fake.app.emit('web-contents-created', {}, stray);
    expect(stray.windowOpenHandler?.({ url: `${APP_ENTRY_URL}#/projector/${PROJECTED}` })).toEqual({ action: 'deny' });
    expect(fake.windows).toHaveLength(1);
  });
});

describe('starting and quitting', () => {
  it('leaves the folder to a running instance: a second launch quits before opening anything', async () => {
    const dataDir = tempDir();
    const fake = await launch(dataDir, (f) => (f.app.singleInstance = false));
    expect(fake.app.quitCalled).toBe(true);
    expect(fake.windows).toHaveLength(0);
    expect(fs.existsSync(path.join(dataDir, 'samverkstad.db'))).toBe(false);
  });

  it('closes the database and frees the folder when the app quits', async () => {
    const dataDir = tempDir();
    const fake = await launch(dataDir);
    expect(tryInChild(dataDir)).toBe('SQLITE_BUSY');
    fake.app.emit('will-quit');
    expect(tryInChild(dataDir)).toBe('locked');
    expect(fake.ipcHandlers.has(INVOKE_CHANNEL)).toBe(false);
  });
});

describe('IPC with an app of its own', () => {
  it('writes to the SQLite file and pushes the change to the window', async () => {
    const dataDir = tempDir();
    const fake = await launch(dataDir);
    const win = onlyWindow(fake);
    const invoke = invoker(fake);
    const trusted = { sender: win.webContents, senderFrame: TRUSTED_FRAME };

    const created = await invoke(trusted, 'programme.create', { name: 'LOS Växjö', area: 'Växjö', level: 'lokal', description: '' });
    expect(created).toMatchObject({ ok: true, value: { name: 'LOS Växjö' } });
    expect(win.webContents.sent).toContainEqual({ channel: CHANGED_CHANNEL, args: [expect.objectContaining({ reason: 'mutation', method: 'programme.create' })] });

    fake.app.emit('will-quit');
    const db = new Database(path.join(dataDir, 'samverkstad.db'), { readonly: true });
    try {
      expect(db.prepare('SELECT name FROM programme WHERE name = ?').get('LOS Växjö')).toEqual({ name: 'LOS Växjö' });
    } finally {
      db.close();
    }
  });

  it('stops trusting a window once it is closed', async () => {
    const fake = await launch(tempDir());
    const win = onlyWindow(fake);
    (win as unknown as { close(): void }).close();
    const result = await invoker(fake)({ sender: win.webContents, senderFrame: TRUSTED_FRAME }, 'programme.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });
});

/**
 * Failures before the window exists. Each case prepares a data folder; main
 * must show the reason in Swedish and English, name the folder, open no
 * window, leave the file as it was, and exit with an error.
 */
interface StartupFailure {
  readonly name: string;
  readonly code: keyof typeof en.errors;
  /** Returns what undoes the preparation once the check is done, if anything must. */
  prepare(dataDir: string): Promise<(() => Promise<void>) | void>;
}

const startupFailures: StartupFailure[] = [
  {
    name: 'a file from a newer app version',
    code: 'db_too_new',
    async prepare(dataDir) {
      const db = new Database(path.join(dataDir, 'samverkstad.db'));
      db.pragma('user_version = 999');
      db.close();
    },
  },
  {
    name: 'a folder open in another process',
    code: 'data_in_use',
    async prepare(dataDir) {
      const holder = await holdInChild(dataDir);
      return holder.kill;
    },
  },
];

describe('start-up errors', () => {
  it.each(startupFailures)('tell the user about $name in both languages', async ({ code, prepare }) => {
    const dataDir = tempDir();
    const release = await prepare(dataDir);
    onTestFinished(async () => {
      if (release) await release();
    });
    const before = snapshot(dataDir);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    const fake = await launch(dataDir);

    expect(fake.app.exitCode).toBe(1);
    expect(fake.dialogs).toHaveLength(1);
    const [shown] = fake.dialogs;
    expect(shown).toMatchObject({ type: 'error' });
    expect(shown?.message).toContain(sv.errors[code]);
    expect(shown?.message).toContain(en.errors[code]);
    expect(shown?.detail).toContain(dataDir);
    expect(fake.windows).toHaveLength(0);
    expect(fake.ipcHandlers.size).toBe(0);
    expect(logged).toHaveBeenCalled();
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('offer the newest good backup for a damaged file, keep the damaged file aside and open with the data back', async () => {
    const dataDir = tempDir();
    const first = await launch(dataDir);
    const invoke = invoker(first);
    const trusted = { sender: onlyWindow(first).webContents, senderFrame: TRUSTED_FRAME };
    await invoke(trusted, 'programme.create', { name: 'LOS Olofström', area: '', level: 'lokal', description: '' });
    expect(await invoke(trusted, 'data.backup', {})).toMatchObject({ ok: true });
    first.app.emit('will-quit');
    const file = path.join(dataDir, 'samverkstad.db');
    const damaged = Buffer.from(fs.readFileSync(file));
    damaged.fill(0x5a, 0, 16);
    fs.writeFileSync(file, damaged);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);

    // The stand-in answers every dialog with its first button: restore.
    const fake = await launch(dataDir);

    expect(fake.dialogs).toHaveLength(1);
    const [shown] = fake.dialogs;
    expect(shown?.message).toContain(sv.errors.db_damaged);
    expect(shown?.message).toContain(en.errors.db_damaged);
    expect(shown?.buttons?.[0]).toContain(sv.startup.restoreNewest);
    expect(shown?.buttons?.[0]).toContain(en.startup.restoreNewest);
    const aside = fs.readdirSync(dataDir).filter((name) => name.startsWith('samverkstad.db.damaged-'));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(dataDir, aside[0]!))).toEqual(damaged);
    const listed = await invoker(fake)({ sender: onlyWindow(fake).webContents, senderFrame: TRUSTED_FRAME }, 'programme.list', {});
    expect(listed).toMatchObject({ ok: true, value: expect.arrayContaining([expect.objectContaining({ name: 'LOS Olofström' })]) });
  });
});
