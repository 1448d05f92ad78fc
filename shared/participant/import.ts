/**
 * Turns a pasted or spreadsheet table into participants, row by row, with a
 * problem list per row so the user sees exactly what to fix before anything
 * is saved. Columns are name, organisation, huvudman, role — in that order,
 * or in any order when the first row is a recognised header. A header column
 * that names none of them is reported, not silently left out.
 */
import type { z } from 'zod';
import { comparable } from '../common/comparable';
import {
  Huvudman,
  ParticipantFields,
  type Huvudman as HuvudmanValue,
  type IgnoredColumn,
  type ImportPreview,
  type ImportProblem,
  type ImportRow,
} from './schema';

type Field = 'name' | 'organisation' | 'huvudman' | 'role';
const DEFAULT_ORDER: readonly Field[] = ['name', 'organisation', 'huvudman', 'role'];

/** What a header may call each column. */
export type ParticipantHeaders = Readonly<Record<Field, readonly string[]>>;

/** Words people put over hand-made lists; the app's own labels come from the locale files (see participantHeaders on the Node side). */
const HEADER_WORDS: ParticipantHeaders = {
  name: ['namn', 'name', 'deltagare', 'participant'],
  organisation: ['organisation', 'organization', 'org', 'verksamhet', 'arbetsplats'],
  huvudman: ['huvudman', 'principal', 'huvudmannaskap'],
  role: ['roll', 'yrke', 'role', 'profession', 'befattning', 'titel', 'title'],
};

const HUVUDMAN_WORDS: Readonly<Record<string, HuvudmanValue>> = {
  kommun: 'kommun',
  kommunen: 'kommun',
  municipality: 'kommun',
  region: 'region',
  regionen: 'region',
  landsting: 'region',
  privat: 'privat',
  private: 'privat',
  'privat utförare': 'privat',
  annan: 'annan',
  annat: 'annan',
  other: 'annan',
};

const fold = (value: string) => value.trim().toLocaleLowerCase('sv');

export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** One line per row, tab-separated cells; Windows line ends and trailing blank lines tolerated. */
export function splitPastedTable(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.split('\t'));
}

function headerIndex(extra: ParticipantHeaders): ReadonlyMap<string, Field> {
  const index = new Map<string, Field>();
  for (const field of DEFAULT_ORDER) for (const text of [...HEADER_WORDS[field], ...extra[field]]) index.set(comparable(text), field);
  return index;
}

interface Header {
  /** Column → field; null for a column that is not read. */
  readonly order: readonly (Field | null)[];
  readonly ignored: IgnoredColumn[];
}

/** A row is a header when one of its cells names the name column; the first column naming a field wins. */
function readHeader(cells: readonly string[], index: ReadonlyMap<string, Field>): Header | null {
  const seen = new Set<Field>();
  const ignored: IgnoredColumn[] = [];
  const order = cells.map((cell, i) => {
    const field = index.get(comparable(cell)) ?? null;
    const header = cell.trim();
    if (field === null || seen.has(field)) {
      if (header !== '') ignored.push({ column: columnLetter(i), header, reason: field === null ? 'unknown' : 'repeated' });
      return null;
    }
    seen.add(field);
    return field;
  });
  return seen.has('name') ? { order, ignored } : null;
}

export function parseHuvudman(value: string): HuvudmanValue | null {
  const word = fold(value);
  if (word === '') return 'annan';
  return HUVUDMAN_WORDS[word] ?? (Huvudman.safeParse(word).success ? (word as HuvudmanValue) : null);
}

const TEXT_FIELDS = ['name', 'organisation', 'role'] as const;

/** The same rule the API applies to a participant, told as an import problem. */
function textProblem(field: (typeof TEXT_FIELDS)[number], column: string, value: string, issue: z.core.$ZodIssue): ImportProblem {
  switch (issue.code) {
    case 'too_small':
      return { column, field, code: 'required', value: '' };
    case 'custom':
      return { column, field, code: 'forbidden_character', value: String(issue.params?.character ?? '') };
    default:
      return { column, field, code: 'too_long', value: value.slice(0, 40) };
  }
}

function parseRow(cells: readonly string[], order: readonly (Field | null)[], rowNumber: number): ImportRow {
  const problems: ImportProblem[] = [];
  const values: Record<Field, string> = { name: '', organisation: '', huvudman: '', role: '' };
  cells.forEach((raw, index) => {
    const field = order[index];
    const value = raw.trim();
    if (field === undefined) {
      if (value !== '') problems.push({ column: columnLetter(index), field: 'row', code: 'too_many_columns', value });
      return;
    }
    if (field !== null) values[field] = value;
  });
  const columnOf = (field: Field) => columnLetter(order.includes(field) ? order.indexOf(field) : DEFAULT_ORDER.indexOf(field));

  for (const field of TEXT_FIELDS) {
    const parsed = ParticipantFields.shape[field].safeParse(values[field]);
    if (parsed.success) values[field] = parsed.data;
    else problems.push(...parsed.error.issues.map((issue) => textProblem(field, columnOf(field), values[field], issue)));
  }
  const huvudman = parseHuvudman(values.huvudman);
  if (huvudman === null) problems.push({ column: columnOf('huvudman'), field: 'huvudman', code: 'unknown_huvudman', value: values.huvudman });

  const fields = problems.length === 0 && huvudman !== null ? { ...values, huvudman } : null;
  return { row: rowNumber, fields, problems };
}

const NO_HEADERS: ParticipantHeaders = { name: [], organisation: [], huvudman: [], role: [] };

export interface TableOptions {
  /** `rowNumbers[i]` is line i's row in the source when empty rows were left out (spreadsheets); else line i is row i + 1. */
  readonly rowNumbers?: readonly number[];
  /** The app's own column names, in every language, on top of the common words. */
  readonly headers?: ParticipantHeaders;
}

export function parseParticipantTable(table: readonly (readonly string[])[], options: TableOptions = {}): ImportPreview {
  const first = table.find((cells) => cells.some((c) => c.trim() !== ''));
  const header = first ? readHeader(first, headerIndex(options.headers ?? NO_HEADERS)) : null;
  const order: readonly (Field | null)[] = header?.order ?? DEFAULT_ORDER;
  const rows: ImportRow[] = [];
  table.forEach((cells, index) => {
    if (cells.every((c) => c.trim() === '')) return;
    if (header && cells === first) return;
    rows.push(parseRow(cells, order, options.rowNumbers?.[index] ?? index + 1));
  });
  return { hasHeader: header !== null, ignoredColumns: header?.ignored ?? [], rows };
}
