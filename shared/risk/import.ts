/**
 * Bringing a register in from Excel: either a file this app exported (and
 * the styrgrupp edited), matched row by row on the hidden stable ids, or a
 * register kept by hand (seed 004's table: Nr, Risk, Sannolikhet,
 * Konsekvens, Poäng with "3 – motivering" in the rating cells). The
 * preview is computed from the file and the register as they are; apply
 * sends the same file with the user's choices and the preview's
 * fingerprint, and is refused if either changed meanwhile.
 */
import { z } from 'zod';
import { singleLine } from '../common/schema';
import { IMPORT_BASE64_CHARS } from '../files/limits';
import { RegisterId, RiskId, RISK_LIMITS } from './schema';

export const RiskImportFile = z.object({ base64: z.string().min(1).max(IMPORT_BASE64_CHARS) }).strict();

/** Fields a row of the file can set: the risk's own fields and its current (inherent) ratings. */
export const importFields = [
  'title',
  'cause',
  'event',
  'effect',
  'category',
  'carrier',
  'owner',
  'treatment',
  'status',
  'nextReview',
  'likelihood',
  'likelihoodMotivation',
  'consequence',
  'consequenceMotivation',
] as const;
export const ImportField = z.enum(importFields);
export type ImportField = z.infer<typeof ImportField>;

export const riskImportProblemCodes = [
  'required',
  'too_long',
  'forbidden_character',
  'rating_out_of_range',
  'motivation_missing',
  'rating_missing',
  'unknown_value',
  'invalid_date',
  'unknown_id',
  'duplicate_id',
] as const;
export const RiskImportProblemCode = z.enum(riskImportProblemCodes);

/** A cell the import cannot use, named as the user sees it in Excel. */
export const RiskImportProblem = z.object({
  sheet: z.string(),
  /** 1-based row number as in Excel. */
  row: z.number().int(),
  /** Column letter (A, B, …), or null when the problem is the whole row. */
  column: z.string().nullable(),
  field: ImportField.nullable(),
  code: RiskImportProblemCode,
  value: z.string(),
});
export type RiskImportProblem = z.infer<typeof RiskImportProblem>;

/** One field's value as shown: ratings as their digit, enum values as their stored names, dates YYYY-MM-DD, empty as ''. */
export const FieldChange = z.object({
  field: ImportField,
  /** In the register now. */
  app: z.string(),
  /** In the file. */
  file: z.string(),
  /** What the register held when the file was exported; null for a hand-kept file. */
  exported: z.string().nullable(),
  /** Changed in the app and in the file since the export, to different values. */
  conflict: z.boolean(),
});
export type FieldChange = z.infer<typeof FieldChange>;

export const ChangedRisk = z.object({
  row: z.number().int(),
  riskId: RiskId,
  code: z.string(),
  title: z.string(),
  changes: z.array(FieldChange).min(1),
});
export type ChangedRisk = z.infer<typeof ChangedRisk>;

export const NewRisk = z.object({
  row: z.number().int(),
  /** The file's own number (Nr) for a hand-kept register, shown to help the user find the row. */
  fileNumber: z.string().nullable(),
  title: z.string(),
  /** Every importable field the row gives, as in FieldChange.file. */
  values: z.partialRecord(ImportField, z.string()),
  /** The score the file printed, if any. */
  printedScore: z.number().nullable(),
  /** The product of the row's ratings, when both are given. */
  computedScore: z.number().nullable(),
  /** The printed score is not the product of the ratings: the user must choose before applying. */
  inconsistent: z.boolean(),
});
export type NewRisk = z.infer<typeof NewRisk>;

export const RiskImportPreview = z.object({
  format: z.enum(['export', 'handkept']),
  sheet: z.string(),
  headerRow: z.number().int(),
  newRisks: z.array(NewRisk),
  changed: z.array(ChangedRisk),
  unchanged: z.number().int(),
  /** Risks in the register that the file does not list; they are kept as they are. */
  notInFile: z.array(z.object({ riskId: RiskId, code: z.string(), title: z.string() })),
  problems: z.array(RiskImportProblem),
  /** Identifies this preview; apply is refused when a fresh preview of the same file would differ. */
  fingerprint: z.string(),
});
export type RiskImportPreview = z.infer<typeof RiskImportPreview>;

export const RiskImportPreviewInput = z.object({ registerId: RegisterId, file: RiskImportFile }).strict();

export const RiskImportApply = z
  .object({
    registerId: RegisterId,
    file: RiskImportFile,
    fingerprint: z.string().min(1).max(200),
    /** Who makes the assessments the file brings. */
    by: singleLine(RISK_LIMITS.name).min(1),
    /** Conflicting fields to take from the file; every other conflict keeps the register's value. */
    takeFromFile: z.array(z.object({ riskId: RiskId, field: ImportField }).strict()).max(20_000).default([]),
    /** Each inconsistent new row by its Excel row number: import it with its ratings (the score becomes their product) or leave it out. */
    inconsistencies: z.array(z.object({ row: z.number().int().min(1), take: z.enum(['ratings', 'skip']) }).strict()).max(20_000).default([]),
  })
  .strict();
export type RiskImportApply = z.input<typeof RiskImportApply>;

export const RiskImportResult = z.object({ created: z.number().int(), updated: z.number().int(), assessed: z.number().int() });
export type RiskImportResult = z.infer<typeof RiskImportResult>;
