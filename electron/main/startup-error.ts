/**
 * Dialogs for failures before the window exists. No language has been chosen
 * yet, so the texts from the shared locale files are shown in Swedish and
 * English side by side.
 */
import { dialog } from 'electron';
import { AppError } from '../../shared/api/errors';
import en from '../../shared/i18n/locales/en.json';
import sv from '../../shared/i18n/locales/sv.json';

const both = (pick: (locale: typeof sv) => string) => `${pick(sv)}\n${pick(en)}`;

function describe(error: unknown, dataDir: string): { message: string; detail: string } {
  const folder = `${sv.startup.dataFolder} / ${en.startup.dataFolder}: ${dataDir}`;
  if (error instanceof AppError) {
    return { message: both((locale) => locale.errors[error.code]), detail: folder };
  }
  return {
    message: both((locale) => locale.startup.failed),
    detail: `${error instanceof Error ? error.message : String(error)}\n\n${folder}`,
  };
}

/** Shows the reason and resolves once the user has dismissed it. */
export async function showStartupError(error: unknown, dataDir: string): Promise<void> {
  const { message, detail } = describe(error, dataDir);
  console.error(`Samverkstad: ${message.replaceAll('\n', ' / ')}`, error);
  await dialog.showMessageBox({ type: 'error', title: sv.app.name, message, detail, buttons: ['OK'], noLink: true });
}
