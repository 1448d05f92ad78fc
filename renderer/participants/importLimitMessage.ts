/**
 * `import_too_large` says in its details which bound a file hit; here that
 * becomes a sentence naming the bound in the user's terms (MB, seconds, a
 * column letter as in Excel) and the file it is about.
 */
import { type ImportLimitDetails, importLimits } from '../../shared/files/limits';
import { columnLetter } from '../../shared/participant/import';
import type { ApiFailure } from '../api/ApiFailure';
import type { Translate } from '../i18n/translate';
import type { ImportOrigin } from './importOrigin';

const MB = 2 ** 20;

function limitDetails(details: unknown): ImportLimitDetails | null {
  if (typeof details !== 'object' || details === null) return null;
  const { limit, max } = details as Record<string, unknown>;
  return importLimits.includes(limit as never) && typeof max === 'number' ? { limit: limit as ImportLimitDetails['limit'], max } : null;
}

export function importLimitMessage(t: Translate, origin: ImportOrigin, failure: ApiFailure): string | null {
  const details = failure.code === 'import_too_large' ? limitDetails(failure.details) : null;
  if (!details) return null;
  const { limit, max } = details;
  const name = origin.kind === 'file' ? origin.name : '';
  switch (limit) {
    case 'participants':
      return t('import.preview.tooMany', { max });
    case 'fileBytes':
    case 'uncompressedBytes':
      return t(`import.tooLarge.${limit}`, { name, max: Math.round(max / MB) });
    case 'columns':
      return t('import.tooLarge.columns', { name, column: columnLetter(max - 1) });
    default:
      return t(`import.tooLarge.${limit}`, { name, max });
  }
}
