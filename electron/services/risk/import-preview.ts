/**
 * What bringing a register file in would do, computed from the file and
 * the register as they are now: new rows, changed risks field by field
 * (with conflicts where the app changed a field since the export too),
 * risks the file leaves out (kept), and rows it cannot use. The
 * fingerprint covers all of it, so apply can tell that nothing moved.
 */
import { createHash } from 'node:crypto';
import { riskFieldValues } from '../../../shared/risk/field-values';
import { type ChangedRisk, type FieldChange, importFields, type NewRisk, type RiskImportPreview, type RiskImportProblem } from '../../../shared/risk/import';
import type { ParsedRow } from '../../../shared/risk/import-row';
import { checkScore, compareField } from '../../../shared/risk/import-rules';
import type { RegisterView, RiskId, RiskRow } from '../../../shared/risk/schema';
import type { RegisterFile } from './import-read';

const ratingFields = ['likelihood', 'consequence'] as const;

function newRisk(row: ParsedRow): NewRisk {
  const rating = (field: (typeof ratingFields)[number]) => (row.values[field] ? Number(row.values[field]) : null);
  const { computed, inconsistent } = checkScore(row.printedScore, rating('likelihood'), rating('consequence'));
  return { row: row.row, fileNumber: row.fileNumber, title: row.values.title ?? '', values: row.values, printedScore: row.printedScore, computedScore: computed, inconsistent };
}

function fieldChanges(row: ParsedRow, risk: RiskRow, file: RegisterFile): FieldChange[] {
  const app = riskFieldValues(risk);
  const exported = file.exported.get(risk.id);
  return importFields.flatMap((field) => {
    const value = row.values[field];
    if (value === undefined) return [];
    const was = exported?.[field] ?? null;
    const { changed, conflict } = compareField(app[field], value, was);
    return changed ? [{ field, app: app[field], file: value, exported: was, conflict }] : [];
  });
}

export function importPreview(file: RegisterFile, view: RegisterView): RiskImportPreview {
  const problems: RiskImportProblem[] = file.rows.flatMap((row) => row.problems);
  const risks = new Map<string, RiskRow>(view.risks.map((risk) => [risk.id, risk]));
  const idCounts = new Map<string, number>();
  for (const { id } of file.rows) if (id !== null) idCounts.set(id, (idCounts.get(id) ?? 0) + 1);
  const rowProblem = (row: ParsedRow, code: RiskImportProblem['code'], column: string | null, field: RiskImportProblem['field'], value: string) =>
    problems.push({ sheet: file.sheet, row: row.row, column, field, code, value });

  const newRisks: NewRisk[] = [];
  const changed: ChangedRisk[] = [];
  let unchanged = 0;
  for (const row of file.rows) {
    if (row.id === null) {
      if (row.problems.length === 0) newRisks.push(newRisk(row));
      continue;
    }
    // Two rows with one id: neither is known to be the risk, so both are left out.
    const risk = (idCounts.get(row.id) ?? 0) > 1 ? undefined : risks.get(row.id);
    if (!risk) rowProblem(row, risks.has(row.id) ? 'duplicate_id' : 'unknown_id', file.letters.id ?? null, null, row.id);
    if (!risk || row.problems.length > 0) continue;
    const changes = fieldChanges(row, risk, file);
    // An assessment cannot be taken back by emptying its cells.
    const emptied = changes.find((change) => (ratingFields as readonly string[]).includes(change.field) && change.file === '');
    if (emptied) rowProblem(row, 'rating_missing', file.letters[emptied.field as (typeof ratingFields)[number]] ?? null, emptied.field, '');
    else if (changes.length === 0) unchanged++;
    else changed.push({ row: row.row, riskId: risk.id, code: risk.code, title: risk.title, changes });
  }
  const inFile = new Set(idCounts.keys());
  const preview = {
    format: file.format,
    sheet: file.sheet,
    headerRow: file.headerRow,
    newRisks,
    changed,
    unchanged,
    notInFile: view.risks.filter((risk) => !inFile.has(risk.id)).map((risk) => ({ riskId: risk.id as RiskId, code: risk.code, title: risk.title })),
    problems: problems.sort((a, b) => a.row - b.row || (a.column ?? '').localeCompare(b.column ?? '')),
  };
  const fingerprint = createHash('sha256').update(JSON.stringify([view.register.id, preview])).digest('base64url');
  return { ...preview, fingerprint };
}
