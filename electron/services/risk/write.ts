/**
 * The writes a risk is made of, for the risk methods and for applying an
 * Excel import inside its own single step.
 */
import { randomUUID } from 'node:crypto';
import type { AssessmentKind, RiskFields, RiskOrigin } from '../../../shared/risk/schema';
import { definedColumns, type Row } from '../../storage/rows';
import type { Tx } from '../../storage/transaction';
import { requireInProgramme } from './programme-of';

/** The given fields as risk columns, leaving out those not given. */
export function riskColumns(fields: Partial<RiskFields>) {
  const { nextReview, ...same } = fields;
  return definedColumns({ ...same, next_review: nextReview });
}

/**
 * A new risk gets the register's next number, which then moves on and never
 * back, so a deleted risk's number is not given again (undo restores both).
 * Origin ids must belong to the register's programme.
 */
export function insertRisk(tx: Tx, registerId: string, fields: Partial<RiskFields> & { title: string }, origin: RiskOrigin = { source: 'free' }): Row {
  const register = tx.get('risk_register', registerId);
  const programmeId = String(register.programme_id);
  if (origin.source === 'workshop') requireInProgramme(tx.db, 'workshop', origin.workshopId, programmeId, ['origin', 'workshopId']);
  if (origin.source === 'area') requireInProgramme(tx.db, 'plan_area', origin.areaId, programmeId, ['origin', 'areaId']);
  const number = register.next_number as number;
  tx.update('risk_register', registerId, { next_number: number + 1 });
  return tx.insert('risk', {
    id: randomUUID(),
    register_id: registerId,
    number,
    cause: '',
    event: '',
    effect: '',
    category: '',
    carrier: null,
    owner: '',
    treatment: null,
    status: 'oppen',
    next_review: null,
    ...riskColumns(fields),
    source: origin.source,
    source_workshop_id: origin.source === 'workshop' ? origin.workshopId : null,
    source_area_id: origin.source === 'area' ? origin.areaId : null,
    created_at: tx.now,
    updated_at: tx.now,
  });
}

export interface AssessmentInput {
  readonly kind: AssessmentKind;
  readonly likelihood: number;
  readonly likelihoodMotivation: string;
  readonly consequence: number;
  readonly consequenceMotivation: string;
  readonly by: string;
  readonly meetingId: string | null;
}

/** An assessment is made with the register's bands as they are now, and keeps them. */
export function insertAssessment(tx: Tx, riskId: string, input: AssessmentInput): Row {
  const register = tx.get('risk_register', String(tx.get('risk', riskId).register_id));
  if (input.meetingId !== null) requireInProgramme(tx.db, 'plan_meeting', input.meetingId, String(register.programme_id), ['meetingId']);
  return tx.insert('risk_assessment', {
    id: randomUUID(),
    risk_id: riskId,
    seq: tx.db.prepare('SELECT COALESCE(MAX(seq), 0) + 1 FROM risk_assessment WHERE risk_id = ?').pluck().get(riskId) as number,
    kind: input.kind,
    likelihood: input.likelihood,
    likelihood_motivation: input.likelihoodMotivation,
    consequence: input.consequence,
    consequence_motivation: input.consequenceMotivation,
    low_max: register.low_max as number,
    high_min: register.high_min as number,
    meeting_id: input.meetingId,
    by: input.by,
    at: tx.now,
  });
}
