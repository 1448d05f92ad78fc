import { z } from 'zod';
import { timestamp } from '../common/schema';
import { IMPORT_BASE64_CHARS } from '../files/limits';
import { WorkshopId } from '../workshop/schema';

/** Which principal organisation a participant works for; colours and vote splits use it. */
export const huvudmanValues = ['kommun', 'region', 'privat', 'annan'] as const;
export const Huvudman = z.enum(huvudmanValues);
export type Huvudman = z.infer<typeof Huvudman>;

export const ParticipantId = z.uuid().brand<'ParticipantId'>();
export type ParticipantId = z.infer<typeof ParticipantId>;

export const PARTICIPANT_LIMITS = { name: 120, organisation: 160, role: 120 } as const;

export const ParticipantFields = z.object({
  name: z.string().trim().min(1).max(PARTICIPANT_LIMITS.name),
  organisation: z.string().trim().max(PARTICIPANT_LIMITS.organisation),
  huvudman: Huvudman,
  role: z.string().trim().max(PARTICIPANT_LIMITS.role),
});
export type ParticipantFields = z.infer<typeof ParticipantFields>;

export const Participant = ParticipantFields.extend({
  id: ParticipantId,
  workshopId: WorkshopId,
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Participant = z.infer<typeof Participant>;

/** Participants one import may add; a longer list is refused before anything is shown. */
export const MAX_IMPORT_PARTICIPANTS = 500;

/** Where an import comes from: pasted text, or an .xlsx file sent as base64. */
export const ImportSource = z.discriminatedUnion('format', [
  z.object({ format: z.literal('text'), text: z.string().max(200_000) }).strict(),
  z.object({ format: z.literal('xlsx'), base64: z.string().max(IMPORT_BASE64_CHARS) }).strict(),
]);
export type ImportSource = z.infer<typeof ImportSource>;

export const importProblemCodes = ['required', 'too_long', 'unknown_huvudman', 'too_many_columns'] as const;

export const ImportProblem = z.object({
  /** Spreadsheet-style column letter (A, B, …) as the user sees it. */
  column: z.string(),
  field: z.enum(['name', 'organisation', 'huvudman', 'role', 'row']),
  code: z.enum(importProblemCodes),
  value: z.string(),
});
export type ImportProblem = z.infer<typeof ImportProblem>;

export const ImportRow = z.object({
  /** 1-based row number in the source, counting a header row if there is one. */
  row: z.number().int().positive(),
  fields: ParticipantFields.nullable(),
  problems: z.array(ImportProblem),
});
export type ImportRow = z.infer<typeof ImportRow>;

export const ImportPreview = z.object({
  hasHeader: z.boolean(),
  rows: z.array(ImportRow),
});
export type ImportPreview = z.infer<typeof ImportPreview>;
