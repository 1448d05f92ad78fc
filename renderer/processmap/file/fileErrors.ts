/**
 * Why a map file was refused, in the user's words: a bound it broke, that
 * it is no JSON, or each thing wrong in it, named by the part's place and
 * id in the file and the field as the file spells it (a person fixing the
 * file looks for that name). Anything else is the usual error sentence.
 */
import { JSON_IMPORT_LIMITS } from '../../../shared/files/limits';
import type { ApiFailure } from '../../api/ApiFailure';
import { errorMessage, validationIssues, type ValidationIssue } from '../../i18n/describeError';
import type { Translate } from '../../i18n/translate';

const MB = 2 ** 20;
const PARTS = ['lanes', 'phases', 'elements', 'arrows'] as const;
const REASONS = new Set([
  'not_map_file',
  'unsupported_version',
  'unknown_kind',
  'unknown_lane',
  'outside_lane',
  'unknown_element',
  'duplicate_id',
  'self',
  'not_current',
  'forbidden_character',
  'too_big',
  'too_small',
  'invalid_type',
  'unrecognized_keys',
]);

export interface FileRefusal {
  readonly message: string;
  /** One sentence per thing wrong in the file, in the file's order. */
  readonly issues: readonly string[];
}

function part(t: Translate, path: readonly (string | number)[], id: unknown): string {
  const [name, index] = path;
  const known = PARTS.find((p) => p === name);
  if (!known || typeof index !== 'number') return t('processMap.file.part.map');
  const named = t(`processMap.file.part.${known}`, { number: index + 1 });
  return typeof id === 'string' ? t('processMap.file.part.withId', { part: named, id }) : named;
}

export function describeFileIssue(t: Translate, issue: ValidationIssue): string {
  const path = issue.path.slice(1);
  const params = (issue.params ?? {}) as { readonly reason?: unknown; readonly id?: unknown; readonly value?: unknown };
  // The field inside the part: after the part's number, when the issue is about one part.
  const inPart = typeof path[1] === 'number' ? path.slice(2) : path;
  const field = [...inPart].reverse().find((key) => typeof key === 'string');
  const known = typeof params.reason === 'string' && REASONS.has(params.reason) ? params.reason : null;
  const reason = known ?? (field === undefined ? 'invalid_part' : 'invalid');
  const value = typeof params.value === 'string' ? params.value : '';
  return t('processMap.file.part.says', { part: part(t, path, params.id), reason: t(`processMap.file.reason.${reason}`, { field, value }) });
}

function limitOf(details: unknown): { limit: string; max: number } | null {
  if (typeof details !== 'object' || details === null) return null;
  const { limit, max } = details as Record<string, unknown>;
  return typeof limit === 'string' && limit in JSON_IMPORT_LIMITS && typeof max === 'number' ? { limit, max } : null;
}

export function fileRefusal(t: Translate, name: string, failure: ApiFailure): FileRefusal {
  const bound = failure.code === 'import_too_large' ? limitOf(failure.details) : null;
  if (bound) return { message: t(`processMap.file.errors.${bound.limit}`, { name, max: bound.limit === 'fileBytes' ? bound.max / MB : bound.max }), issues: [] };
  if (failure.code === 'import_unreadable') return { message: t('processMap.file.errors.notJson', { name }), issues: [] };
  const inFile = validationIssues(failure).filter((issue) => issue.path[0] === 'file');
  if (inFile.length > 0) return { message: t('processMap.file.errors.invalid', { name }), issues: inFile.map((issue) => describeFileIssue(t, issue)) };
  return { message: errorMessage(t, failure), issues: [] };
}
