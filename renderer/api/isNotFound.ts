import type { ApiFailure } from './ApiFailure';

/**
 * A malformed id in the address bar fails validation before any lookup;
 * for the person reading the page both mean "this does not exist".
 */
export function isNotFound(error: ApiFailure | undefined): boolean {
  return error?.code === 'not_found' || error?.code === 'validation_failed';
}
