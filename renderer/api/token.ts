/**
 * Web mode opens the page at `/#token=<secret>`. The token is moved to
 * sessionStorage (so a reload keeps working) and removed from the address
 * bar, so it does not linger in screenshots, history or copied links.
 */
const STORAGE_KEY = 'samverkstad.token';

export function parseTokenFromHash(hash: string): string | null {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!text.startsWith('token=')) return null;
  const token = new URLSearchParams(text).get('token');
  return token && token.length > 0 ? token : null;
}

export function takeToken(win: Window = window): string | null {
  const fromHash = parseTokenFromHash(win.location.hash);
  if (fromHash) {
    try {
      win.sessionStorage.setItem(STORAGE_KEY, fromHash);
    } catch {
      // Storage may be disabled; the token still works until the next reload.
    }
    win.history.replaceState(null, '', `${win.location.pathname}${win.location.search}#/`);
    return fromHash;
  }
  try {
    return win.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
