import { JoinTicket } from '../../shared/join/schema';
import { memoryStorage } from './memoryStorage';

/** Where the phone keeps what it traded its join code for, so a reload rejoins. */
export const TICKET_KEY = 'samverkstad.phone';

export function loadTicket(storage: Storage): JoinTicket | null {
  try {
    const text = storage.getItem(TICKET_KEY);
    if (!text) return null;
    const parsed = JoinTicket.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveTicket(storage: Storage, ticket: JoinTicket): void {
  try {
    storage.setItem(TICKET_KEY, JSON.stringify(ticket));
  } catch {
    // Refused storage (private mode): the ticket lasts until the page is closed.
  }
}

export function clearTicket(storage: Storage): void {
  try {
    storage.removeItem(TICKET_KEY);
  } catch {
    // Nothing was kept.
  }
}

/** localStorage when the browser lets the page have it (some private modes throw on access). */
export function pageStorage(win: Window): Storage {
  try {
    return win.localStorage;
  } catch {
    return memoryStorage();
  }
}

/**
 * The join code the QR put after `#`, taken out of the address bar so it
 * is not left in history or in a link shared onwards.
 */
export function takeJoinCode(win: Window): string {
  const code = decodeURIComponent(win.location.hash.replace(/^#/, '')).trim();
  if (win.location.hash) win.history.replaceState(null, '', `${win.location.pathname}${win.location.search}`);
  return code;
}
