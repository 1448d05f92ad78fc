/**
 * The one window the UI may open besides the main one: a workshop's
 * projector view, from our own origin. Pure decisions, so they are tested
 * without Electron; window.ts and security.ts act on them.
 */
import { APP_ENTRY_URL, isAppUrl } from './origin';

const PROJECTOR_HASH = /^#\/projector\/([A-Za-z0-9-]{1,64})$/;

/**
 * The URL to load when a page asks to open `url` in a new window: exactly
 * our entry page at a projector route, rebuilt from its parts, else null
 * (every other address stays refused).
 */
export function projectorWindowUrl(url: string): string | null {
  if (!isAppUrl(url)) return null;
  const parsed = new URL(url);
  if (parsed.pathname !== '/index.html' || parsed.search !== '') return null;
  const match = PROJECTOR_HASH.exec(parsed.hash);
  return match ? `${APP_ENTRY_URL}#/projector/${match[1]}` : null;
}

export interface DisplayArea {
  readonly id: number;
  readonly bounds: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
}

/** Where the projector window goes full screen: the first display that is not the primary one, or null with a single screen. */
export function projectorDisplay<D extends DisplayArea>(displays: readonly D[], primaryId: number): D | null {
  return displays.find((display) => display.id !== primaryId) ?? null;
}
