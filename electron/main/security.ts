/**
 * Process-wide guards. The window only ever shows our own bundle, so anything
 * that would take it elsewhere (navigation, pop-ups, <webview>, permission
 * prompts, outbound requests) is refused rather than judged case by case.
 */
import { app, type Session, type WebContents } from 'electron';
import { isAllowedRequest, isAppUrl } from './origin';

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url) });
  });
}

function hardenWebContents(contents: WebContents): void {
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
  // nothing in the UI links outside the app.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Applies to every WebContents, including ones we did not create ourselves. */
export function installWebContentsGuards(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
