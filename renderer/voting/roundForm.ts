/**
 * The "Ny omgång" form as plain data, and its translation into the
 * settings the API takes. Kept apart from the dialog so the checks are
 * testable without a browser.
 */
import { DOTS_DEFAULT, DOTS_MAX, DOTS_MIN } from '../../shared/voting/rules';
import type { Quadrant } from '../../shared/matrix/quadrant';
import type { RoundSettings } from '../../shared/voting/schema';
import { parseCount } from './parseCount';

export type ScopeKind = 'all-clusters' | 'quadrant' | 'selection';

export interface RoundForm {
  readonly dots: string;
  /** 'none' or a number 1–12 as text. */
  readonly maxPerItem: string;
  readonly scope: ScopeKind;
  readonly quadrant: Quadrant;
  readonly selection: readonly string[];
  readonly anonymous: boolean;
  readonly mode: 'participants' | 'paper';
}

export const initialRoundForm: RoundForm = {
  dots: String(DOTS_DEFAULT),
  maxPerItem: 'none',
  scope: 'all-clusters',
  quadrant: 'simple-short',
  selection: [],
  anonymous: false,
  mode: 'participants',
};

export type RoundFormProblem = 'dots' | 'emptyQuadrant' | 'emptySelection' | 'noClusters';

export interface RoundFormFacts {
  readonly clusterCount: number;
  readonly inQuadrant: (quadrant: Quadrant) => number;
}

export function roundSettings(form: RoundForm, facts: RoundFormFacts): { settings: RoundSettings } | { problem: RoundFormProblem } {
  const dots = parseCount(form.dots, DOTS_MIN, DOTS_MAX);
  if (dots === null) return { problem: 'dots' };
  const cap = form.maxPerItem === 'none' ? null : parseCount(form.maxPerItem, 1, DOTS_MAX);
  let scope: RoundSettings['scope'];
  if (form.scope === 'quadrant') {
    if (facts.inQuadrant(form.quadrant) === 0) return { problem: 'emptyQuadrant' };
    scope = { kind: 'quadrant', quadrant: form.quadrant };
  } else if (form.scope === 'selection') {
    if (form.selection.length === 0) return { problem: 'emptySelection' };
    scope = { kind: 'selection', itemIds: [...form.selection] };
  } else {
    if (facts.clusterCount === 0) return { problem: 'noClusters' };
    scope = { kind: 'all-clusters' };
  }
  // A cap at or above the budget is no cap at all.
  const maxPerItem = cap !== null && cap < dots ? cap : null;
  return { settings: { dotsPerParticipant: dots, maxPerItem, scope, anonymous: form.anonymous, mode: form.mode } };
}
