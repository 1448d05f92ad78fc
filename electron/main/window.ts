/**
 * The app's windows: the main one, and a workshop's projector view. Tracks
 * the WebContents we created so the IPC guard can refuse calls from
 * anything else (devtools, stray frames, future helpers).
 */
import { BrowserWindow, type Rectangle, screen, type WebContents } from 'electron';
import { APP_ENTRY_URL } from './origin';
import { projectorDisplay } from './projector';

const ownWebContents = new Set<number>();
/** Open projector windows by the URL they show: asking again for the same one brings it forward. */
const projectors = new Map<string, BrowserWindow>();

export function isOwnWindow(contents: WebContents): boolean {
  return ownWebContents.has(contents.id) && BrowserWindow.fromWebContents(contents) !== null;
}

export function ownWindows(): BrowserWindow[] {
  return BrowserWindow.getAllWindows().filter((win) => !win.isDestroyed() && ownWebContents.has(win.webContents.id));
}

interface Placement {
  readonly url: string;
  /** Where the window opens (a display's whole area); null for the default size on the primary display. */
  readonly bounds: Rectangle | null;
}

/** Every window of ours is made here, so all have the same locked-down page settings and the same preload. */
function openOwnWindow(preloadPath: string, allowDevTools: boolean, { url, bounds }: Placement): BrowserWindow {
  // Options stay inline (not a shared variable) so static checkers can see them.
  const win = new BrowserWindow({
    width: bounds?.width ?? 1280,
    height: bounds?.height ?? 820,
    ...(bounds ? { x: bounds.x, y: bounds.y } : {}),
    fullscreen: bounds !== null,
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
  win.loadURL(url).catch((error: unknown) => console.error('Samverkstad: could not load the window', error));
  return win;
}

export function createMainWindow(preloadPath: string, allowDevTools: boolean): BrowserWindow {
  const win = openOwnWindow(preloadPath, allowDevTools, { url: APP_ENTRY_URL, bounds: null });
  // The projector shows what this window does; without it there is nothing to follow.
  win.on('closed', () => [...projectors.values()].forEach((projector) => projector.close()));
  return win;
}

/**
 * A projector view (`url` as projectorWindowUrl passed it): full screen on
 * a second display when there is one, else an ordinary window beside the
 * main one. Esc leaves full screen, as it does in a browser.
 */
export function openProjectorWindow(preloadPath: string, allowDevTools: boolean, url: string): BrowserWindow {
  const open = projectors.get(url);
  if (open && !open.isDestroyed()) {
    open.focus();
    return open;
  }
  const display = projectorDisplay(screen.getAllDisplays(), screen.getPrimaryDisplay().id);
  const win = openOwnWindow(preloadPath, allowDevTools, { url, bounds: display?.bounds ?? null });
  projectors.set(url, win);
  win.on('closed', () => projectors.delete(url));
  win.webContents.on('before-input-event', (_event, input) => {
    if (input.type === 'keyDown' && input.key === 'Escape' && win.isFullScreen()) win.setFullScreen(false);
  });
  return win;
}
