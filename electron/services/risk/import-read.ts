/**
 * A workbook as the import sees it: the register table wherever its header
 * row stands, each row read into fields, and, for a file this app made,
 * what every risk held at export time (its hidden sheet). A file without
 * that sheet is a register kept by hand, whose wrapped lines are joined.
 */
import { riskFileVocabulary } from '../../exports/labels';
import { unreadable } from '../../files/read-errors';
import { rowTexts, type Sheet, type Workbook } from '../../files/workbook';
import type { FieldValues } from '../../../shared/risk/field-values';
import { EXPORT_MARKER, EXPORT_SHEET, type FileColumn } from '../../../shared/risk/file-columns';
import { importFields, type RiskImportPreview } from '../../../shared/risk/import';
import { columnLetter } from '../../../shared/participant/import';
import { type ParsedRow, parseRow } from '../../../shared/risk/import-row';
import { findHeader, headerIndex, joinContinuationRows, tableRow } from '../../../shared/risk/import-rules';

export interface RegisterFile {
  readonly format: RiskImportPreview['format'];
  readonly sheet: string;
  readonly headerRow: number;
  readonly rows: readonly ParsedRow[];
  /** By risk id; empty for a hand-kept file. */
  readonly exported: ReadonlyMap<string, FieldValues>;
  /** Each column's letter, to name it in problems. */
  readonly letters: Partial<Record<FileColumn, string>>;
}

const { headers, vocabulary } = riskFileVocabulary();
const index = headerIndex(headers);

function exportedValues(sheet: Sheet | undefined): Map<string, FieldValues> | null {
  const [meta, head, ...rows] = sheet?.rows.map(rowTexts) ?? [];
  if (meta?.[0] !== EXPORT_MARKER || !head) return null;
  const at = importFields.map((field) => head.indexOf(field));
  return new Map(rows.map((texts) => [texts[0] ?? '', Object.fromEntries(importFields.map((field, i) => [field, texts[at[i]!] ?? ''])) as FieldValues]));
}

export function readRegisterFile(workbook: Workbook): RegisterFile {
  const exported = exportedValues(workbook.sheets.find((sheet) => sheet.name === EXPORT_SHEET));
  const sheets = workbook.sheets.filter((sheet) => sheet.name !== EXPORT_SHEET);
  const found = findHeader(
    sheets.map((sheet) => ({ name: sheet.name, rows: sheet.rows.map((row) => ({ row: row.row, texts: rowTexts(row) })) })),
    index,
  );
  if (!found) throw unreadable('No sheet has a register header row (Risk and at least two more known columns)');
  const sheet = sheets[found.sheet]!;
  const below = sheet.rows.slice(found.index + 1).map((row) => tableRow(row.row, rowTexts(row), found.columns));
  const table = (exported ? below : joinContinuationRows(below)).filter((row) => Object.keys(row.cells).length > 0);
  return {
    format: exported ? 'export' : 'handkept',
    sheet: sheet.name,
    headerRow: sheet.rows[found.index]!.row,
    rows: table.map((row) => parseRow(row, found.columns, vocabulary, sheet.name)),
    exported: exported ?? new Map(),
    letters: Object.fromEntries([...found.columns].map(([column, number]) => [column, columnLetter(number - 1)])),
  };
}
