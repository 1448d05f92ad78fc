/**
 * The one origin the desktop window may load from. Everything that decides
 * "is this ours?" (navigation, network filter, IPC sender check) goes through
 * isAppUrl so the rule cannot drift between them.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'samverkstad';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

// WHATWG URL gives non-special schemes an opaque origin ("null"), so the
// comparison is on protocol and host rather than on URL.origin.
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}

/**
 * Requests the session may make. Besides our own scheme: devtools:// for the
 * inspector in development, and data:/blob: because the CSP allows them for
 * images and they never leave the process. No http(s) at all: the app has no
 * telemetry, update check or remote content.
 */
export function isAllowedRequest(url: string): boolean {
  if (isAppUrl(url)) return true;
  return url.startsWith('devtools://') || url.startsWith('data:') || url.startsWith('blob:');
}

/** The one permission our pages get: full screen (the projector view). Camera, notifications and the rest are refused. */
export function isGrantedPermission(permission: string, requestingUrl: string): boolean {
  return permission === 'fullscreen' && isAppUrl(requestingUrl);
}
