import type { Translate } from '../i18n/translate';

/**
 * What the phone calls a voting item. The server sends an empty label for a
 * note someone else still keeps face down (its text is not the room's yet);
 * the phone names it as the room's screen does, rather than showing a blank
 * row and buttons named after nothing.
 */
export const itemLabel = (t: Translate, label: string): string => label || t('phone.hiddenNote');
