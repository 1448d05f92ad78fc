/**
 * The main window. Tracks the WebContents we created so the IPC guard can
 * refuse calls from anything else (devtools, stray frames, future helpers).
 */
import { BrowserWindow, type WebContents } from 'electron';
import { APP_ENTRY_URL } from './origin';

const ownWebContents = new Set<number>();

export function isOwnWindow(contents: WebContents): boolean {
  return ownWebContents.has(contents.id) && BrowserWindow.fromWebContents(contents) !== null;
}

export function ownWindows(): BrowserWindow[] {
  return BrowserWindow.getAllWindows().filter((win) => !win.isDestroyed() && ownWebContents.has(win.webContents.id));
}

export function createMainWindow(preloadPath: string, allowDevTools: boolean): BrowserWindow {
  // Options stay inline (not a shared variable) so static checkers can see them.
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 560,
    title: 'Samverkstad',
    show: false,
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click would otherwise try to open links in a new window.
      disableBlinkFeatures: 'Auxclick',
      // Only macOS checks spelling with the OS; elsewhere Chromium fetches
      // Hunspell dictionaries from Google's CDN, and the app makes no
      // outbound requests.
      spellcheck: process.platform === 'darwin',
      devTools: allowDevTools,
    },
  });
  const id = win.webContents.id;
  ownWebContents.add(id);
  win.on('closed', () => ownWebContents.delete(id));
  win.once('ready-to-show', () => win.show());
  win.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error('Samverkstad: could not load the window', error));
  return win;
}
