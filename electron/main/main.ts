/**
 * Electron entry point: wires launch options, the app:// protocol, security
 * guards, IPC and the window around the Node core. Behaviour lives in the
 * sibling modules and in electron/app; this file only decides the order.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { app, session } from 'electron';
import type { AppCore } from '../app/core';
import { openApp } from '../app/open-app';
import { type LaunchOptions, parseLaunchOptions } from '../app/options';
import { phoneBundleBeside } from '../join/lan-server';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { registerAppScheme, serveRenderer } from './protocol';
import { hardenSession, installWebContentsGuards } from './security';
import { recoverFromStartupError } from './startup-error';
import { createMainWindow, openProjectorWindow, ownWindows } from './window';

const RENDERER_DIR = path.join(__dirname, 'renderer');
const PRELOAD_FILE = path.join(__dirname, 'preload.cjs');

function readOptions(): LaunchOptions | null {
  try {
    return parseLaunchOptions(process.argv, process.env);
  } catch (error) {
    console.error(`Samverkstad: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

function openWindow(): void {
  createMainWindow(PRELOAD_FILE, !app.isPackaged);
}

function focusExistingWindow(): void {
  const [win] = ownWindows();
  if (!win) return;
  if (win.isMinimized()) win.restore();
  win.focus();
}

async function start(dataDir: string): Promise<void> {
  hardenSession(session.defaultSession);
  serveRenderer(RENDERER_DIR);
  installMenu();

  const open = { dataDir, phone: phoneBundleBeside(__dirname) };
  let core: AppCore;
  try {
    core = await openApp(open);
  } catch (error) {
    // Nothing was opened for writing, so exiting here leaves the database as
    // it was (this is what makes db_too_new safe for a newer file).
    const recovered = await recoverFromStartupError(error, open);
    if (!recovered) {
      app.exit(1);
      return;
    }
    core = recovered;
  }

  const stopIpc = registerIpc(core);
  let closed = false;
  // Closing the core ends a joining session too. will-quit rather than
  // before-quit: a quit cancelled by a window must not drop the room.
  app.on('will-quit', () => {
    if (closed) return;
    closed = true;
    stopIpc();
    core.close();
  });
  app.on('activate', () => {
    if (ownWindows().length === 0) openWindow();
  });
  openWindow();
}

function main(): void {
  const options = readOptions();
  if (options === null) {
    app.exit(2);
    return;
  }
  // Chromium keys the single-instance lock (and its own profile files) on
  // userData. Pointing it at an explicit data folder makes "one instance per
  // database" hold, and lets separate data folders (e.g. tests) run side by side.
  if (options.dataDir !== null) {
    mkdirSync(options.dataDir, { recursive: true }); // setPath refuses missing folders
    app.setPath('userData', options.dataDir);
  }
  const dataDir = options.dataDir ?? app.getPath('userData');

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', focusExistingWindow);

  // Both must happen before 'ready'.
  app.enableSandbox();
  registerAppScheme();
  installWebContentsGuards((url) => openProjectorWindow(PRELOAD_FILE, !app.isPackaged, url));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.whenReady()
    .then(() => start(dataDir))
    .catch((error: unknown) => {
      console.error('Samverkstad: startup failed', error);
      app.exit(1);
    });
}

main();
