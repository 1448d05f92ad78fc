/**
 * Dialogs for failures before the window exists. No language has been chosen
 * yet, so the texts from the shared locale files are shown in Swedish and
 * English side by side.
 */
import { dialog } from 'electron';
import { AppError } from '../../shared/api/errors';
import type { AppCore } from '../app/core';
import { bothLanguages, damagedDatabaseText } from '../app/damaged-text';
import { openApp, type OpenAppOptions } from '../app/open-app';
import { restoreNewestBackup } from '../app/recover';
import en from '../../shared/i18n/locales/en.json';
import sv from '../../shared/i18n/locales/sv.json';

function describe(error: unknown, dataDir: string): { message: string; detail: string } {
  const folder = `${sv.startup.dataFolder} / ${en.startup.dataFolder}: ${dataDir}`;
  if (error instanceof AppError) {
    return { message: bothLanguages((locale) => locale.errors[error.code]), detail: folder };
  }
  return {
    message: bothLanguages((locale) => locale.startup.failed),
    detail: `${error instanceof Error ? error.message : String(error)}\n\n${folder}`,
  };
}

/** Shows the reason and resolves once the user has dismissed it. */
export async function showStartupError(error: unknown, dataDir: string): Promise<void> {
  const { message, detail } = describe(error, dataDir);
  console.error(`Samverkstad: ${message.replaceAll('\n', ' / ')}`, error);
  await dialog.showMessageBox({ type: 'error', title: sv.app.name, message, detail, buttons: ['OK'], noLink: true });
}

/**
 * A damaged database is not a dead end: with a sound backup in the folder,
 * the user may restore it (the damaged file is kept aside) and the app opens.
 * Resolves to the opened core, or null once the reason was shown.
 */
export async function recoverFromStartupError(error: unknown, open: OpenAppOptions): Promise<AppCore | null> {
  const { dataDir } = open;
  if (!(error instanceof AppError) || error.code !== 'db_damaged') {
    await showStartupError(error, dataDir);
    return null;
  }
  const { message, detail, backup } = damagedDatabaseText(error);
  console.error(`Samverkstad: ${message.replaceAll('\n', ' / ')}`, error);
  const buttons = backup ? [bothLanguages((l) => l.startup.restoreNewest), bothLanguages((l) => l.startup.quit)] : [bothLanguages((l) => l.startup.quit)];
  const { response } = await dialog.showMessageBox({ type: 'error', title: sv.app.name, message, detail, buttons, defaultId: 0, cancelId: buttons.length - 1, noLink: true });
  if (!backup || response !== 0) return null;
  try {
    restoreNewestBackup(dataDir);
    return await openApp(open);
  } catch (failure) {
    await showStartupError(failure, dataDir);
    return null;
  }
}
