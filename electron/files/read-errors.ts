/** The two ways reading a file fails for the user; anything else is a bug. */
import { AppError } from '../../shared/api/errors';
import type { ImportLimitDetails } from '../../shared/files/limits';

/** A file beyond one of the import limits; the details name the limit so the UI can say which. */
export const tooLarge = (details: ImportLimitDetails, message: string) => new AppError('import_too_large', message, details);

/** Not a file of the kind we can read; the reason is for the log, not for people. */
export const unreadable = (reason: string, kind = 'an .xlsx workbook') => new AppError('import_unreadable', `The file could not be read as ${kind}`, { reason });
