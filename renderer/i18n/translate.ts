/** The part of i18next's t() that helpers outside components need. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;
