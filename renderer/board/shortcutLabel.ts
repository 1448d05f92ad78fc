/** Shortcut strings as people read them: "Ctrl + A", "Skift + ↑", "Mellanslag". */
import type { Translate } from '../i18n/translate';

const isMac = (): boolean => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

const GLYPHS: Readonly<Record<string, string>> = {
  arrowup: '↑',
  arrowdown: '↓',
  arrowleft: '←',
  arrowright: '→',
  plus: '+',
  escape: 'Esc',
  enter: 'Enter',
  delete: 'Delete',
  ctrl: 'Ctrl',
  alt: 'Alt',
};

const TRANSLATED: Readonly<Record<string, string>> = {
  shift: 'shortcuts.keys.shift',
  space: 'shortcuts.keys.space',
  backspace: 'shortcuts.keys.backspace',
  contextmenu: 'shortcuts.keys.menu',
};

export function shortcutKeys(t: Translate, shortcut: string): string[] {
  return shortcut.split('+').map((raw) => {
    const part = raw.trim().toLowerCase();
    if (part === 'mod') return isMac() ? '⌘' : 'Ctrl';
    if (part === 'meta') return '⌘';
    const key = TRANSLATED[part];
    if (key) return t(key);
    return GLYPHS[part] ?? (part.length === 1 ? part.toUpperCase() : raw.trim());
  });
}

export function shortcutText(t: Translate, shortcut: string): string {
  return shortcutKeys(t, shortcut).join(' + ');
}
