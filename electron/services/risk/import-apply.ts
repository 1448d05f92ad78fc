/**
 * Applying a register file as one step: the preview is computed again from
 * the same file inside the transaction and must match the one the user
 * saw. New rows become risks with the next numbers; changed fields are
 * written, conflicting ones only where the user chose the file's value;
 * changed ratings or motivations become a new assessment by the importer.
 */
import { AppError } from '../../../shared/api/errors';
import type { ParsedInput } from '../../../shared/api/contract';
import { type FieldValues, riskFieldValues } from '../../../shared/risk/field-values';
import type { RiskImportResult } from '../../../shared/risk/import';
import type { RiskFields } from '../../../shared/risk/schema';
import type { Tx } from '../../storage/transaction';
import type { RegisterFile } from './import-read';
import { importPreview } from './import-preview';
import { registerView } from './rows';
import { insertAssessment, insertRisk, riskColumns } from './write';

const riskFieldNames = ['title', 'cause', 'event', 'effect', 'category', 'carrier', 'owner', 'treatment', 'status', 'nextReview'] as const;
const ratingFieldNames = ['likelihood', 'likelihoodMotivation', 'consequence', 'consequenceMotivation'] as const;

/** The compared form back to fields: '' is "none" for the optional ones. */
function riskFields(values: Partial<FieldValues>): Partial<RiskFields> {
  return Object.fromEntries(
    riskFieldNames.flatMap((field) => {
      const value = values[field];
      if (value === undefined) return [];
      return [[field, value === '' && (field === 'carrier' || field === 'treatment' || field === 'nextReview') ? null : value]];
    }),
  );
}

/** Both ratings with their motivations, or nothing to assess. */
function ratingsOf(values: Partial<FieldValues>) {
  const [likelihood, likelihoodMotivation, consequence, consequenceMotivation] = ratingFieldNames.map((field) => values[field] ?? '');
  if (!likelihood || !likelihoodMotivation || !consequence || !consequenceMotivation) return null;
  return { likelihood: Number(likelihood), likelihoodMotivation, consequence: Number(consequence), consequenceMotivation };
}

export function applyImport(tx: Tx, input: ParsedInput<'riskRegister.applyImport'>, file: RegisterFile, today: string): RiskImportResult {
  const view = registerView(tx.db, input.registerId, today);
  const preview = importPreview(file, view);
  if (preview.fingerprint !== input.fingerprint) throw new AppError('import_stale', 'The file or the register changed since the preview', { registerId: input.registerId });
  const choices = new Map(input.inconsistencies.map(({ row, take }) => [row, take]));
  const unresolved = preview.newRisks.filter((risk) => risk.inconsistent && !choices.has(risk.row)).map((risk) => risk.row);
  if (unresolved.length > 0) throw new AppError('import_unresolved', 'Some rows print a score that is not the product of their ratings', { rows: unresolved });

  const assess = (riskId: string, values: Partial<FieldValues>) => {
    const ratings = ratingsOf(values);
    if (ratings) insertAssessment(tx, riskId, { kind: 'inherent', ...ratings, by: input.by, meetingId: null });
    return ratings ? 1 : 0;
  };
  const result = { created: 0, updated: 0, assessed: 0 };
  for (const risk of preview.newRisks) {
    if (risk.inconsistent && choices.get(risk.row) === 'skip') continue;
    const row = insertRisk(tx, input.registerId, { ...riskFields(risk.values), title: risk.title });
    result.created++;
    result.assessed += assess(String(row.id), risk.values);
  }
  const taken = new Set(input.takeFromFile.map(({ riskId, field }) => `${riskId}:${field}`));
  const current = new Map(view.risks.map((risk) => [risk.id, risk]));
  for (const risk of preview.changed) {
    const chosen = risk.changes.filter((change) => !change.conflict || taken.has(`${risk.riskId}:${change.field}`));
    if (chosen.length === 0) continue;
    const values: Partial<FieldValues> = Object.fromEntries(chosen.map((change) => [change.field, change.file]));
    const fields = riskFields(values);
    if (Object.keys(fields).length > 0) tx.update('risk', risk.riskId, riskColumns(fields));
    if (ratingFieldNames.some((field) => field in values)) result.assessed += assess(risk.riskId, { ...riskFieldValues(current.get(risk.riskId)!), ...values });
    result.updated++;
  }
  return result;
}
