import { ApiFailure, toApiFailure } from '../api/ApiFailure';
import { validationIssues } from '../i18n/describeError';

/**
 * A refusal of a nested part of an input (the first assessment sent with
 * a new risk) as if that part had been sent alone, so its fields get their
 * messages next to them and their own names in the text.
 */
export function unnestIssues(failure: unknown, part: string): ApiFailure {
  const apiFailure = toApiFailure(failure);
  const issues = validationIssues(apiFailure);
  if (issues.length === 0) return apiFailure;
  const details = issues.map((issue) => (issue.path[0] === part && issue.path.length > 1 ? { ...issue, path: issue.path.slice(1) } : issue));
  return new ApiFailure({ code: 'validation_failed', message: apiFailure.message, details });
}
