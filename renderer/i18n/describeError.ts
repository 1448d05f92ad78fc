/**
 * Turns an ApiFailure into text for people. The code decides the sentence;
 * the server's English message is never shown, since it is written for
 * developers. Validation issues are zod issues: the path names the field,
 * the issue code names the reason.
 */
import type { ApiFailure } from '../api/ApiFailure';
import type { Translate } from './translate';

export interface ValidationIssue {
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly minimum?: number | bigint;
  readonly origin?: string;
  readonly params?: { readonly reason?: unknown; readonly character?: unknown; readonly position?: unknown };
  /** For `custom` issues: a key under `validation.` naming the rule that failed (e.g. beforeStart). */
  readonly message?: string;
}

function isIssue(value: unknown): value is ValidationIssue {
  if (typeof value !== 'object' || value === null) return false;
  const issue = value as Record<string, unknown>;
  return Array.isArray(issue.path) && typeof issue.code === 'string';
}

export function validationIssues(failure: ApiFailure): ValidationIssue[] {
  if (failure.code !== 'validation_failed' || !Array.isArray(failure.details)) return [];
  return failure.details.filter(isIssue);
}

const isForbiddenCharacter = (issue: ValidationIssue) => issue.code === 'custom' && issue.params?.reason === 'forbidden_character';

/**
 * A refused character is the one validation failure a person cannot see in
 * the text, so even a toast without a form names the field, the character
 * and where it sits.
 */
export function errorMessage(t: Translate, failure: ApiFailure): string {
  const refused = validationIssues(failure).find(isForbiddenCharacter);
  if (refused) {
    return t('validation.forbiddenCharacterMessage', {
      field: fieldLabel(t, refused.path) ?? t('fields.text'),
      character: refused.params?.character,
      position: refused.params?.position,
    });
  }
  return t(`errors.${failure.code}`, { ...detailValues(failure.details), defaultValue: t('errors.internal') });
}

/** The plain facts in an error's details (which map part could not be read), for messages that name them. */
function detailValues(details: unknown): Record<string, string | number> {
  if (typeof details !== 'object' || details === null || Array.isArray(details)) return {};
  return Object.fromEntries(Object.entries(details).filter((entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number'));
}

export function fieldLabel(t: Translate, path: readonly (string | number)[]): string | null {
  const name = path.find((part): part is string => typeof part === 'string');
  if (!name) return null;
  return t(`fields.${name}`, { defaultValue: name });
}

export function issueReason(t: Translate, issue: ValidationIssue): string {
  switch (issue.code) {
    case 'too_small':
      // The bridge may trim issues to path, code and message; a missing minimum is the usual min(1).
      return t(issue.origin !== 'number' && (issue.minimum === undefined || Number(issue.minimum) <= 1) ? 'validation.empty' : 'validation.tooShort');
    case 'too_big':
      return t('validation.tooLong');
    case 'invalid_type':
      // A choice left unmade (no rating picked) arrives as a missing value, not a wrong one.
      return t(/received undefined$/.test(issue.message ?? '') ? 'validation.notChosen' : 'validation.invalid');
    case 'unrecognized_keys':
      return t('validation.unexpected');
    case 'custom':
      if (isForbiddenCharacter(issue)) {
        return t('validation.forbiddenCharacter', { character: issue.params?.character, position: issue.params?.position });
      }
      return t(`validation.${issue.message ?? 'invalid'}`, { defaultValue: t('validation.invalid') });
    default:
      return t('validation.invalid');
  }
}

/** "Name: must not be empty", or only the reason when the issue has no field. */
export function describeIssue(t: Translate, issue: ValidationIssue): string {
  const field = fieldLabel(t, issue.path);
  const reason = issueReason(t, issue);
  return field ? t('validation.fieldReason', { field, reason }) : reason;
}

export interface FormErrors {
  /** Per form field name, the text to show next to it. */
  readonly fields: Readonly<Record<string, string>>;
  /** Everything that cannot be placed next to a field of this form. */
  readonly general: readonly string[];
}

export function formErrors(t: Translate, failure: ApiFailure, formFields: readonly string[]): FormErrors {
  const issues = validationIssues(failure);
  if (issues.length === 0) return { fields: {}, general: [errorMessage(t, failure)] };
  const fields: Record<string, string> = {};
  const general: string[] = [];
  for (const issue of issues) {
    const name = issue.path[0];
    if (typeof name === 'string' && formFields.includes(name)) {
      fields[name] ??= describeIssue(t, issue);
    } else {
      general.push(describeIssue(t, issue));
    }
  }
  return { fields, general };
}
