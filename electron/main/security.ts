/**
 * Process-wide guards. The windows only ever show our own bundle, so anything
 * that would take them elsewhere (navigation, pop-ups, <webview>, permission
 * prompts, outbound requests) is refused rather than judged case by case.
 * The exceptions are named: full screen for our pages, and the projector
 * view opened as a window of our own.
 */
import { app, type Session, type WebContents } from 'electron';
import { isAllowedRequest, isAppUrl, isGrantedPermission } from './origin';
import { projectorWindowUrl } from './projector';
import { isOwnWindow } from './window';

/** Opens a projector view's URL (as projectorWindowUrl gave it) in a window of ours. */
export type OpenProjector = (url: string) => void;

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) =>
    callback(isGrantedPermission(permission, details?.requestingUrl ?? '')),
  );
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url) });
  });
}

function hardenWebContents(contents: WebContents, openProjector: OpenProjector): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  // Links that would open a second window (or the system browser) are dropped:
  // nothing in the UI links outside the app. The projector view, asked for by
  // one of our windows, opens as a window we make ourselves (same preload,
  // same guards, known to the IPC check); Chromium's own pop-up never opens.
  contents.setWindowOpenHandler(({ url }) => {
    const projector = projectorWindowUrl(url);
    if (projector !== null && isOwnWindow(contents)) openProjector(projector);
    return { action: 'deny' };
  });
}

/** Applies to every WebContents, including ones we did not create ourselves. */
export function installWebContentsGuards(openProjector: OpenProjector): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openProjector));
}
