/**
 * A stand-in for the `electron` module, for running the built main bundle
 * under plain Node. It records what the main process asks for and keeps
 * Electron's own ordering rules (what must happen before or after 'ready'),
 * so a wrong order fails here as it would in the real app. Anything main
 * reaches for that is not faked throws, naming it.
 */
import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions, MessageBoxOptions, MenuItemConstructorOptions } from 'electron';

type Listener = Parameters<EventEmitter['on']>[1];
type ProtocolHandler = (request: Request) => Promise<Response>;
type InvokeHandler = (event: unknown, ...args: unknown[]) => Promise<unknown>;
type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details?: { requestingUrl: string }) => void;
type BeforeRequestHandler = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

/** What a guard decided about one event: whether it called preventDefault. */
export interface GuardedEvent {
  readonly prevented: boolean;
}

export class FakeWebContents extends EventEmitter {
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;

  constructor(readonly id: number) {
    super();
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }

  /** Fires a cancellable event the way Chromium does and reports whether a listener cancelled it. */
  fire(name: 'will-navigate' | 'will-redirect' | 'will-attach-webview', ...args: unknown[]): GuardedEvent {
    let prevented = false;
    this.emit(name, { preventDefault: () => (prevented = true) }, ...args);
    return { prevented };
  }
}

export interface FakeElectron {
  /** The object `require('electron')` returns inside the bundle. */
  readonly module: Record<string, unknown>;
  readonly app: FakeApp;
  readonly windows: FakeWindow[];
  readonly privilegedSchemes: unknown[];
  readonly protocolHandlers: Map<string, ProtocolHandler>;
  readonly ipcHandlers: Map<string, InvokeHandler>;
  readonly dialogs: MessageBoxOptions[];
  readonly menus: MenuItemConstructorOptions[][];
  /** What `screen` reports; the first is the primary display. */
  readonly displays: FakeDisplay[];
  readonly session: {
    permissionRequestHandler: PermissionRequestHandler | null;
    permissionCheckHandler: ((...args: unknown[]) => boolean) | null;
    beforeRequest: BeforeRequestHandler | null;
  };
  /** Emits 'ready' and resolves app.whenReady(), as Electron does once Chromium is up. */
  ready(): void;
  /** Resolves once main has opened a window, quit or exited: start-up is over either way. */
  readonly settled: Promise<void>;
}

export interface FakeDisplay {
  readonly id: number;
  readonly bounds: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
}

export interface FakeApp extends EventEmitter {
  readonly paths: Map<string, string>;
  isPackaged: boolean;
  sandboxed: boolean;
  singleInstance: boolean;
  quitCalled: boolean;
  exitCode: number | null;
}

export interface FakeWindow extends EventEmitter {
  readonly options: BrowserWindowConstructorOptions;
  readonly webContents: FakeWebContents;
  loadedUrl: string | null;
  shown: boolean;
  focused: boolean;
  fullScreen: boolean;
  close(): void;
  isDestroyed(): boolean;
}

function notBeforeReady(isReady: () => boolean, what: string): void {
  if (!isReady()) throw new Error(`${what} cannot be used before the app is ready`);
}

function onlyBeforeReady(isReady: () => boolean, what: string): void {
  if (isReady()) throw new Error(`${what} can only be called before the app is ready`);
}

/** Fails loudly on any electron export the fake does not provide. */
function strict(name: string, target: Record<string, unknown>): Record<string, unknown> {
  return new Proxy(target, {
    get(object, key) {
      if (typeof key === 'symbol' || key in object || key === 'then' || key === '__esModule' || key === 'default') {
        return Reflect.get(object, key);
      }
      throw new Error(`fake electron: ${name}.${key} is not faked`);
    },
  });
}

export function createFakeElectron(options: { userData: string }): FakeElectron {
  let isReady = false;
  let markReady: () => void = () => undefined;
  const whenReady = new Promise<void>((resolve) => (markReady = resolve));
  let nextContentsId = 1;
  let settle: () => void = () => undefined;
  const settled = new Promise<void>((resolve) => (settle = resolve));

  const app = Object.assign(new EventEmitter(), {
    paths: new Map([['userData', options.userData]]),
    isPackaged: false,
    sandboxed: false,
    singleInstance: true,
    quitCalled: false,
    exitCode: null as number | null,
  });
  const appApi = strict('app', {
    on: (name: string, listener: Listener) => app.on(name, listener),
    once: (name: string, listener: Listener) => app.once(name, listener),
    get isPackaged() {
      return app.isPackaged;
    },
    whenReady: () => whenReady,
    isReady: () => isReady,
    getPath: (name: string) => {
      const value = app.paths.get(name);
      if (value === undefined) throw new Error(`fake electron: no path ${name}`);
      return value;
    },
    setPath: (name: string, value: string) => app.paths.set(name, value),
    requestSingleInstanceLock: () => app.singleInstance,
    enableSandbox: () => {
      onlyBeforeReady(() => isReady, 'app.enableSandbox()');
      app.sandboxed = true;
    },
    quit: () => {
      app.quitCalled = true;
      settle();
    },
    exit: (code = 0) => {
      app.exitCode = code;
      settle();
    },
  });

  const windows: FakeWindow[] = [];
  class BrowserWindow extends EventEmitter implements FakeWindow {
    readonly webContents: FakeWebContents;
    loadedUrl: string | null = null;
    shown = false;
    focused = false;
    fullScreen: boolean;
    private destroyed = false;

    constructor(readonly options: BrowserWindowConstructorOptions) {
      super();
      this.fullScreen = options.fullscreen === true;
      notBeforeReady(() => isReady, 'new BrowserWindow()');
      this.webContents = new FakeWebContents(nextContentsId++);
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
      settle();
    }

    static getAllWindows(): BrowserWindow[] {
      return windows.filter((win) => !(win as BrowserWindow).destroyed) as BrowserWindow[];
    }

    static fromWebContents(contents: unknown): BrowserWindow | null {
      return BrowserWindow.getAllWindows().find((win) => win.webContents === contents) ?? null;
    }

    loadURL(url: string): Promise<void> {
      this.loadedUrl = url;
      return Promise.resolve();
    }

    show(): void {
      this.shown = true;
    }

    isDestroyed(): boolean {
      return this.destroyed;
    }

    isMinimized(): boolean {
      return false;
    }

    restore(): void {}

    focus(): void {
      this.focused = true;
    }

    isFullScreen(): boolean {
      return this.fullScreen;
    }

    setFullScreen(on: boolean): void {
      this.fullScreen = on;
    }

    close(): void {
      this.destroyed = true;
      this.emit('closed');
    }
  }

  const privilegedSchemes: unknown[] = [];
  const protocolHandlers = new Map<string, ProtocolHandler>();
  const protocol = strict('protocol', {
    registerSchemesAsPrivileged: (schemes: unknown[]) => {
      onlyBeforeReady(() => isReady, 'protocol.registerSchemesAsPrivileged()');
      privilegedSchemes.push(...schemes);
    },
    handle: (scheme: string, handler: ProtocolHandler) => {
      notBeforeReady(() => isReady, 'protocol.handle()');
      if (protocolHandlers.has(scheme)) throw new Error(`scheme ${scheme} is already handled`);
      protocolHandlers.set(scheme, handler);
    },
  });

  const ipcHandlers = new Map<string, InvokeHandler>();
  const ipcMain = strict('ipcMain', {
    handle: (channel: string, handler: InvokeHandler) => {
      if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      ipcHandlers.set(channel, handler);
    },
    removeHandler: (channel: string) => ipcHandlers.delete(channel),
  });

  const sessionState: FakeElectron['session'] = { permissionRequestHandler: null, permissionCheckHandler: null, beforeRequest: null };
  const defaultSession = strict('session.defaultSession', {
    setPermissionRequestHandler: (handler: PermissionRequestHandler) => (sessionState.permissionRequestHandler = handler),
    setPermissionCheckHandler: (handler: (...args: unknown[]) => boolean) => (sessionState.permissionCheckHandler = handler),
    webRequest: strict('session.defaultSession.webRequest', {
      onBeforeRequest: (handler: BeforeRequestHandler) => (sessionState.beforeRequest = handler),
    }),
  });
  const session = strict('session', {
    get defaultSession() {
      notBeforeReady(() => isReady, 'session.defaultSession');
      return defaultSession;
    },
  });

  const dialogs: MessageBoxOptions[] = [];
  const dialog = strict('dialog', {
    showMessageBox: (...args: unknown[]) => {
      // The optional first argument is a parent window.
      dialogs.push(args.at(-1) as MessageBoxOptions);
      return Promise.resolve({ response: 0, checkboxChecked: false });
    },
  });

  const displays: FakeDisplay[] = [{ id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } }];
  const screen = strict('screen', {
    getAllDisplays: () => {
      notBeforeReady(() => isReady, 'screen');
      return [...displays];
    },
    getPrimaryDisplay: () => {
      notBeforeReady(() => isReady, 'screen');
      return displays[0];
    },
  });

  const menus: MenuItemConstructorOptions[][] = [];
  const Menu = strict('Menu', {
    buildFromTemplate: (template: MenuItemConstructorOptions[]) => ({ template }),
    setApplicationMenu: (menu: { template: MenuItemConstructorOptions[] } | null) => {
      if (menu) menus.push(menu.template);
    },
  });

  return {
    module: strict('electron', { app: appApi, BrowserWindow, protocol, ipcMain, session, dialog, Menu, screen }),
    app,
    windows,
    privilegedSchemes,
    protocolHandlers,
    ipcHandlers,
    dialogs,
    menus,
    displays,
    session: sessionState,
    settled,
    ready() {
      isReady = true;
      app.emit('ready');
      markReady();
    },
  };
}
