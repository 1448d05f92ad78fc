import { AppError } from '../../../shared/api/errors';
import type { Cell } from '../../storage/rows';

/** Bad input found only against stored data, reported like the schema's own issues. */
export const invalid = (path: readonly (string | number)[], code: string, message: string) => new AppError('validation_failed', message, [{ path, code, message }]);

/**
 * An update may give either date of a pair alone; the pair as it will be
 * stored must still be in order. The schema checks a pair given together;
 * this checks one given against the stored other, with the same issue.
 */
export function requireInOrder(
  stored: { readonly from: Cell; readonly to: Cell },
  given: { readonly from: string | null | undefined; readonly to: string | null | undefined },
  fields: { readonly from: string; readonly to: string },
): void {
  const from = given.from === undefined ? stored.from : given.from;
  const to = given.to === undefined ? stored.to : given.to;
  if (typeof from === 'string' && typeof to === 'string' && to < from) {
    const path = given.to === undefined ? fields.from : fields.to;
    throw invalid([path], 'custom', 'beforeStart');
  }
}
