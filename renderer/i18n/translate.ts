/** The part of i18next's t() that helpers outside components need. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * A text worked out each time it is shown, for a toast or status line that
 * outlives the moment it was made: after a change of language it reads in
 * the new one.
 */
export type Translated = (t: Translate) => string;
