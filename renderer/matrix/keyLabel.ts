import type { Translate } from '../i18n/translate';

const SYMBOLS: Readonly<Record<string, string>> = { ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓' };

/** "Shift+ArrowLeft" as the user's keyboard names it: "Skift + ←". */
export function keyLabel(t: Translate, shortcut: string): string {
  return shortcut
    .split('+')
    .map((part) => {
      if (part === 'Shift') return t('matrix.keyNames.shift');
      if (part === 'Backspace') return t('matrix.keyNames.backspace');
      if (part === 'Delete') return t('matrix.keyNames.delete');
      return SYMBOLS[part] ?? part;
    })
    .join(' + ');
}
