/**
 * The columns of the register sheet, in the order the export writes them.
 * The import finds them by their header text in either language, so a
 * column may be moved, dropped or renamed to the other language's word.
 */
import { importFields, type ImportField } from './import';

export const fileColumns = [
  'code',
  'title',
  'cause',
  'event',
  'effect',
  'category',
  'source',
  'carrier',
  'owner',
  'treatment',
  'actions',
  'status',
  'nextReview',
  'likelihood',
  'likelihoodMotivation',
  'consequence',
  'consequenceMotivation',
  'score',
  'band',
  'by',
  'at',
  'change',
  'residual',
  /** Hidden: the risk's id, which keeps a row tied to its risk however the rows are sorted. */
  'id',
] as const;
export type FileColumn = (typeof fileColumns)[number];

/** The columns whose cells the import reads into a risk; the rest are shown for reading only. */
export function isImportColumn(column: FileColumn): column is ImportField & FileColumn {
  return (importFields as readonly string[]).includes(column);
}

/** The workbook's hidden sheet: what each risk held when the file was made. Not translated; people never see it. */
export const EXPORT_SHEET = 'samverkstad';
export const EXPORT_MARKER = 'samverkstad-riskregister';
export const EXPORT_VERSION = '1';
