import { z } from 'zod';
import { singleLine, timestamp } from '../common/schema';
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
  name: singleLine(PARTICIPANT_LIMITS.name).min(1),
  organisation: singleLine(PARTICIPANT_LIMITS.organisation),
  huvudman: Huvudman,
  role: singleLine(PARTICIPANT_LIMITS.role),
});
export type ParticipantFields = z.infer<typeof ParticipantFields>;

export const Participant = ParticipantFields.extend({
  id: ParticipantId,
  workshopId: WorkshopId,
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Participant = z.infer<typeof Participant>;

/** What removing a participant will do, shown before it is confirmed. */
export const RemovalImpact = z.object({
  /** Notes they wrote; they stay, without an author. */
  notes: z.number().int(),
  /** Dots in open rounds; they go with the person. */
  openDots: z.number().int(),
  /** The numbers of those open rounds. */
  openRounds: z.array(z.number().int()),
  /** Dots in closed rounds; they stay, as from a removed participant. */
  keptDots: z.number().int(),
});
export type RemovalImpact = z.infer<typeof RemovalImpact>;

/** Participants one import may add; a longer list is refused before anything is shown. */
export const MAX_IMPORT_PARTICIPANTS = 500;

/** Where an import comes from: pasted text, or an .xlsx file sent as base64. */
export const ImportSource = z.discriminatedUnion('format', [
  z.object({ format: z.literal('text'), text: z.string().max(200_000) }).strict(),
  z.object({ format: z.literal('xlsx'), base64: z.string().max(IMPORT_BASE64_CHARS) }).strict(),
]);
export type ImportSource = z.infer<typeof ImportSource>;

export const importProblemCodes = ['required', 'too_long', 'unknown_huvudman', 'too_many_columns', 'forbidden_character'] as const;

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

/** A header column the import does not read: a name it does not know, or a field already named further left. */
export const IgnoredColumn = z.object({
  column: z.string(),
  header: z.string(),
  reason: z.enum(['unknown', 'repeated']),
});
export type IgnoredColumn = z.infer<typeof IgnoredColumn>;

export const ImportPreview = z.object({
  hasHeader: z.boolean(),
  ignoredColumns: z.array(IgnoredColumn),
  rows: z.array(ImportRow),
});
export type ImportPreview = z.infer<typeof ImportPreview>;
