/**
 * One row of a register table read into the fields it sets, in the form
 * the import compares (see field-values.ts), with every cell it cannot use
 * named by sheet, row and column. The same rules as the API's: the text
 * rule and length limits, ratings 1–4 each with a motivation, list values
 * by their name in either language.
 */
import type { z } from 'zod';
import { columnLetter } from '../participant/import';
import { CalendarDate } from '../actionplan/schema';
import { multiLine } from '../common/schema';
import type { FieldValues } from './field-values';
import type { FileColumn } from './file-columns';
import type { ImportField, RiskImportProblem } from './import';
import { comparable } from '../common/comparable';
import { splitRating, type TableCell, type TableRow } from './import-rules';
import { RATING_MAX, RATING_MIN, RISK_LIMITS, RiskFields, type RiskCarrier, type RiskStatus, type RiskTreatment } from './schema';

/** List values by their comparable name (either language) or stored name. */
export interface Vocabulary {
  readonly carrier: ReadonlyMap<string, RiskCarrier>;
  readonly treatment: ReadonlyMap<string, RiskTreatment>;
  readonly status: ReadonlyMap<string, RiskStatus>;
}

export interface ParsedRow {
  readonly row: number;
  readonly id: string | null;
  /** The file's own Nr, if any. */
  readonly fileNumber: string | null;
  /** The fields whose columns the file has; an empty cell is ''. */
  readonly values: Partial<FieldValues>;
  readonly printedScore: number | null;
  readonly problems: readonly RiskImportProblem[];
}

const textFields = ['title', 'cause', 'event', 'effect', 'category', 'owner'] as const;
const listFields = ['carrier', 'treatment', 'status'] as const;
const scales = [
  { rating: 'likelihood', motivation: 'likelihoodMotivation' },
  { rating: 'consequence', motivation: 'consequenceMotivation' },
] as const;
const Motivation = multiLine(RISK_LIMITS.motivation);
const PROBLEM_VALUE_CHARS = 200;
/** How the bounded reader shows a date cell: JavaScript's Date#toString. */
const DATE_TEXT = /^[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{4} \d{2}:\d{2}:\d{2} GMT[+-]\d{4}/;

/** A date cell as YYYY-MM-DD (the date Excel stores), or typed text in that form; null if neither. */
export function calendarDate(text: string): string | null {
  const date = DATE_TEXT.test(text) ? new Date(Date.parse(text)).toISOString().slice(0, 10) : text;
  return CalendarDate.safeParse(date).success ? date : null;
}

function textIssue(issue: z.core.$ZodIssue): RiskImportProblem['code'] {
  if (issue.code === 'too_small') return 'required';
  if (issue.code === 'custom') return 'forbidden_character';
  return 'too_long';
}

export function parseRow(source: TableRow, columns: ReadonlyMap<FileColumn, number>, vocabulary: Vocabulary, sheet: string): ParsedRow {
  const problems: RiskImportProblem[] = [];
  const values: Partial<FieldValues> = {};
  const textOf = (column: FileColumn) => source.cells[column]?.text ?? '';
  const columnOf = (...candidates: FileColumn[]) => {
    const number = candidates.map((c) => columns.get(c)).find((n) => n !== undefined);
    return number === undefined ? null : columnLetter(number - 1);
  };
  const problem = (field: ImportField, code: RiskImportProblem['code'], at: string | null = columnOf(field), value = textOf(field)) =>
    problems.push({ sheet, row: source.row, column: at, field, code, value: value.slice(0, PROBLEM_VALUE_CHARS) });
  const id = source.cells.id?.text ?? null;
  const isNew = id === null;

  for (const field of textFields) {
    if (!columns.has(field) && !(field === 'title' && isNew)) continue;
    const parsed = RiskFields.shape[field].safeParse(textOf(field));
    if (parsed.success) values[field] = parsed.data;
    else for (const issue of parsed.error.issues) problem(field, textIssue(issue));
  }

  for (const field of listFields) {
    if (!columns.has(field)) continue;
    const text = textOf(field);
    if (text === '') {
      if (field !== 'status') values[field] = '';
      else if (isNew) values.status = 'oppen';
      else problem(field, 'required');
      continue;
    }
    const value = vocabulary[field].get(comparable(text));
    if (value) values[field] = value;
    else problem(field, 'unknown_value');
  }

  if (columns.has('nextReview')) {
    const text = textOf('nextReview');
    const date = text === '' ? '' : calendarDate(text);
    if (date === null) problem('nextReview', 'invalid_date');
    else values.nextReview = date;
  }

  for (const { rating, motivation } of scales) {
    if (!columns.has(rating) && !columns.has(motivation)) continue;
    const cell: TableCell | undefined = source.cells[rating];
    const split = cell ? splitRating(cell.text) : null;
    const text = source.cells[motivation]?.text || split?.motivation || '';
    const parsed = Motivation.safeParse(text);
    if (!parsed.success) for (const issue of parsed.error.issues) problem(motivation, textIssue(issue), columnOf(motivation, rating), text);
    if (cell && (!split || split.rating < RATING_MIN || split.rating > RATING_MAX)) {
      problem(rating, 'rating_out_of_range');
      continue;
    }
    if (split && text === '') problem(motivation, 'motivation_missing', columnOf(motivation, rating), cell!.text);
    if (!split && text !== '') problem(rating, 'rating_missing', columnOf(rating, motivation), '');
    values[rating] = split ? String(split.rating) : '';
    values[motivation] = parsed.success ? parsed.data : text;
  }
  // An assessment has both ratings or none; a missing column only keeps what a known risk has.
  const rated = scales.filter(({ rating }) => values[rating]);
  const other = rated.length === 1 ? scales.find((scale) => !rated.includes(scale))! : null;
  if (other && !problems.some((p) => p.field === other.rating)) {
    if (values[other.rating] === '' || (values[other.rating] === undefined && isNew)) problem(other.rating, 'rating_missing', columnOf(other.rating, other.motivation), '');
  }

  const printed = source.cells.score ? splitRating(source.cells.score.text) : null;
  return { row: source.row, id, fileNumber: source.cells.code?.text ?? null, values, printedScore: printed?.rating ?? null, problems };
}
