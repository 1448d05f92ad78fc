/**
 * A risk's importable fields as the import compares them: ratings as their
 * digit, enum values by their stored names, dates as YYYY-MM-DD, nothing as
 * ''. The export keeps this form of every risk in its hidden sheet, so a
 * re-import can tell what the file changed from what the app changed since.
 */
import type { ImportField } from './import';
import type { RiskRow } from './schema';

export type FieldValues = Record<ImportField, string>;

export function riskFieldValues(risk: RiskRow): FieldValues {
  const rated = risk.current;
  return {
    title: risk.title,
    cause: risk.cause,
    event: risk.event,
    effect: risk.effect,
    category: risk.category,
    carrier: risk.carrier ?? '',
    owner: risk.owner,
    treatment: risk.treatment ?? '',
    status: risk.status,
    nextReview: risk.nextReview ?? '',
    likelihood: rated ? String(rated.likelihood) : '',
    likelihoodMotivation: rated?.likelihoodMotivation ?? '',
    consequence: rated ? String(rated.consequence) : '',
    consequenceMotivation: rated?.consequenceMotivation ?? '',
  };
}
