/**
 * The core reports import problems as codes with a spreadsheet column
 * letter; here they become sentences that name the row and column the way
 * the user sees them in Excel ("Rad 3, kolumn C: …").
 */
import { type ImportProblem, PARTICIPANT_LIMITS } from '../../shared/participant/schema';
import type { Translate } from '../i18n/translate';

/** Long cell values are cut so one bad cell cannot flood the preview. */
const MAX_QUOTED = 60;

function quoted(value: string): string {
  return value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED - 1)}…` : value;
}

export function describeImportProblem(t: Translate, row: number, problem: ImportProblem): string {
  const field = problem.field === 'row' ? '' : t(`fields.${problem.field}`);
  const max = problem.field === 'row' || problem.field === 'huvudman' ? undefined : PARTICIPANT_LIMITS[problem.field];
  return t(`import.problems.${problem.code}`, { row, column: problem.column, field, value: quoted(problem.value), max });
}
