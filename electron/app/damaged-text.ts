/**
 * What to tell someone whose database cannot be opened, before any language
 * is chosen: the shared locale texts in Swedish and English side by side.
 * Used by the desktop dialog and by the web mode's stderr alike.
 */
import type { AppError } from '../../shared/api/errors';
import en from '../../shared/i18n/locales/en.json';
import sv from '../../shared/i18n/locales/sv.json';

type Locale = typeof sv;

const fill = (text: string, values: Record<string, string>) => text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');

export const bothLanguages = (pick: (locale: Locale) => string, values: Record<string, string> = {}) =>
  `${fill(pick(sv), values)}\n${fill(pick(en), values)}`;

export function newestGoodBackupOf(error: AppError): string | null {
  const details = error.details as { newestGoodBackup?: unknown } | undefined;
  return typeof details?.newestGoodBackup === 'string' ? details.newestGoodBackup : null;
}

export function damagedDatabaseText(error: AppError): { message: string; detail: string; backup: string | null } {
  const backup = newestGoodBackupOf(error);
  return {
    message: bothLanguages((locale) => locale.errors.db_damaged),
    detail: backup ? bothLanguages((locale) => locale.startup.newestBackup, { name: backup }) : bothLanguages((locale) => locale.startup.noGoodBackup),
    backup,
  };
}
