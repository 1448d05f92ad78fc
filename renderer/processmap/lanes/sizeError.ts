/**
 * A lane's height or a phase's width refused as too small. The core names
 * the least size the lane's elements need; a refusal by the schema's own
 * floor arrives without it, so the caller's floor stands in.
 */
import { toApiFailure } from '../../api/ApiFailure';
import { validationIssues } from '../../i18n/describeError';

export function refusedAsTooSmall(failure: unknown, field: string, floor: number): number | null {
  const issue = validationIssues(toApiFailure(failure)).find((i) => i.path[0] === field && i.code === 'too_small');
  if (!issue) return null;
  return issue.minimum === undefined ? floor : Number(issue.minimum);
}
