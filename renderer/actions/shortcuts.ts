/**
 * Shortcut strings are written once in each action ("Mod+Shift+Z") and
 * parsed here for matching, for aria-keyshortcuts and for the test that two
 * actions never claim the same keys. "Mod" is both Ctrl and Cmd (Meta), so
 * Windows, Linux and Mac users get their usual keys.
 */

export interface KeyCombo {
  readonly key: string;
  readonly ctrl: boolean;
  readonly meta: boolean;
  readonly shift: boolean;
  readonly alt: boolean;
}

export interface KeyEventLike {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

const MODIFIERS = new Set(['mod', 'ctrl', 'meta', 'shift', 'alt']);

/** Keys that cannot be written literally in a "+"-separated string. */
const KEY_ALIASES: Readonly<Record<string, string>> = { plus: '+', space: ' ' };

/**
 * Punctuation such as "?" or "+" needs Shift on some keyboard layouts and
 * not on others (Swedish "+" vs US "Shift+="), so Shift is not compared.
 */
export function isLayoutShifted(key: string): boolean {
  return key.length === 1 && !/[a-z0-9 ]/.test(key);
}

/** Every concrete key combination a shortcut string stands for. */
export function expandShortcut(shortcut: string): KeyCombo[] {
  const parts = shortcut.split('+').map((part) => part.trim().toLowerCase());
  const written = parts.pop();
  if (!written || MODIFIERS.has(written) || parts.some((part) => !MODIFIERS.has(part))) {
    throw new Error(`Invalid shortcut "${shortcut}"`);
  }
  const key = KEY_ALIASES[written] ?? written;
  const has = (name: string): boolean => parts.includes(name);
  const base = { key, shift: has('shift') && !isLayoutShifted(key), alt: has('alt') };
  if (has('mod')) {
    return [
      { ...base, ctrl: true, meta: has('meta') },
      { ...base, ctrl: has('ctrl'), meta: true },
    ];
  }
  return [{ ...base, ctrl: has('ctrl'), meta: has('meta') }];
}

export function comboId(combo: KeyCombo): string {
  return [combo.ctrl && 'ctrl', combo.meta && 'meta', combo.alt && 'alt', combo.shift && 'shift', combo.key]
    .filter(Boolean)
    .join('+');
}

export function matchesShortcut(event: KeyEventLike, shortcut: string): boolean {
  const key = event.key.toLowerCase();
  return expandShortcut(shortcut).some(
    (combo) =>
      combo.key === key &&
      combo.ctrl === event.ctrlKey &&
      combo.meta === event.metaKey &&
      (combo.shift === event.shiftKey || isLayoutShifted(combo.key)) &&
      combo.alt === event.altKey,
  );
}

const ARIA_KEY_NAMES: Readonly<Record<string, string>> = {
  ' ': 'Space',
  '+': 'Plus',
  arrowup: 'ArrowUp',
  arrowdown: 'ArrowDown',
  arrowleft: 'ArrowLeft',
  arrowright: 'ArrowRight',
  contextmenu: 'ContextMenu',
  pageup: 'PageUp',
  pagedown: 'PageDown',
};

function ariaKeyName(key: string): string {
  if (key.length === 1) return key.toUpperCase();
  return ARIA_KEY_NAMES[key] ?? key.charAt(0).toUpperCase() + key.slice(1);
}

/** The value for aria-keyshortcuts, e.g. "Control+Z Meta+Z". */
export function ariaKeyShortcuts(shortcuts: readonly string[]): string {
  return shortcuts
    .flatMap(expandShortcut)
    .map((combo) =>
      [combo.ctrl && 'Control', combo.meta && 'Meta', combo.alt && 'Alt', combo.shift && 'Shift', ariaKeyName(combo.key)]
        .filter(Boolean)
        .join('+'),
    )
    .join(' ');
}

/**
 * In fields the browser's own text undo must win, and behind a modal dialog
 * the page's actions are out of reach.
 */
export function shortcutsBlocked(target: EventTarget | null, doc: Document): boolean {
  if (doc.querySelector('dialog[open]')) return true;
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'submit', 'reset', 'checkbox', 'radio', 'range', 'color', 'file', 'image'].includes(target.type);
  }
  return false;
}
