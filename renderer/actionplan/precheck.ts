import { contract, type MethodInput, type MethodName } from '../../shared/api/contract';
import { ApiFailure } from '../api/ApiFailure';

/**
 * Checks an input against the contract before sending it. A form that
 * saves in two calls checks both first, so a refusal of the second does not
 * leave the first saved: bad input changes nothing.
 */
export function precheck<M extends MethodName>(method: M, input: MethodInput<M>): void {
  const parsed = contract[method].input.safeParse(input);
  if (parsed.success) return;
  const details = parsed.error.issues.map((issue) => ({ path: issue.path, code: issue.code, message: issue.message }));
  throw new ApiFailure({ code: 'validation_failed', message: `Invalid input for ${method}`, details });
}
