/**
 * Dialogs for failures before the window exists. The renderer owns i18n, so
 * these texts carry Swedish and English side by side.
 */
import { dialog } from 'electron';
import { AppError } from '../../shared/api/errors';

function describe(error: unknown, dataDir: string): { title: string; message: string; detail: string } {
  if (error instanceof AppError && error.code === 'db_too_new') {
    return {
      title: 'Samverkstad',
      message:
        'Databasen skapades av en nyare version av Samverkstad.\n' +
        'The database was created by a newer version of Samverkstad.',
      detail:
        'Uppdatera Samverkstad för att öppna den. Filen har inte ändrats.\n' +
        'Update Samverkstad to open it. The file has not been changed.\n\n' +
        `Datamapp / Data folder: ${dataDir}`,
    };
  }
  return {
    title: 'Samverkstad',
    message: 'Samverkstad kunde inte starta.\nSamverkstad could not start.',
    detail: `${error instanceof Error ? error.message : String(error)}\n\nDatamapp / Data folder: ${dataDir}`,
  };
}

/** Shows the reason and resolves once the user has dismissed it. */
export async function showStartupError(error: unknown, dataDir: string): Promise<void> {
  const { title, message, detail } = describe(error, dataDir);
  console.error(`Samverkstad: ${message.replaceAll('\n', ' / ')}`, error);
  await dialog.showMessageBox({ type: 'error', title, message, detail, buttons: ['OK'], noLink: true });
}
