/**
 * Risk rows as the contract's types, and the register read. The register
 * page lists every risk with its latest assessments and actions, so the read
 * is a handful of set-based queries, whatever the number of risks.
 */
import { AppError } from '../../../shared/api/errors';
import { isOverdue } from '../../../shared/actionplan/rules';
import type { ActivityId, ActivityStatus, MeetingId, PlanAreaId, PlanId } from '../../../shared/actionplan/schema';
import { bandOf, riskCode, riskScore } from '../../../shared/risk/rules';
import type {
  Assessment,
  AssessmentId,
  AssessmentKind,
  Register,
  RegisterId,
  RegisterView,
  Risk,
  RiskAction,
  RiskActionId,
  RiskCarrier,
  RiskId,
  RiskRow,
  RiskSource,
  RiskStatus,
  RiskTreatment,
} from '../../../shared/risk/schema';
import type { ProgrammeId } from '../../../shared/programme/schema';
import type { WorkshopId } from '../../../shared/workshop/schema';
import type { Db } from '../../storage/database';
import type { Row } from '../../storage/rows';
import { mustRead } from '../actionplan/rows';

export function toRegister(row: Row): Register {
  return {
    id: row.id as RegisterId,
    programmeId: row.programme_id as ProgrammeId,
    bands: { lowMax: row.low_max as number, highMin: row.high_min as number },
    nextNumber: row.next_number as number,
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
  };
}

/** Assessment rows are read with their meeting's date and title joined in (`meeting_date`, `meeting_title`). */
export function toAssessment(row: Row): Assessment {
  const bands = { lowMax: row.low_max as number, highMin: row.high_min as number };
  const likelihood = row.likelihood as number;
  const consequence = row.consequence as number;
  const score = riskScore(likelihood, consequence);
  const meetingDate = row.meeting_date as string | null;
  return {
    id: row.id as AssessmentId,
    riskId: row.risk_id as RiskId,
    kind: row.kind as AssessmentKind,
    likelihood,
    likelihoodMotivation: row.likelihood_motivation as string,
    consequence,
    consequenceMotivation: row.consequence_motivation as string,
    bands,
    score,
    band: bandOf(score, bands),
    meetingId: row.meeting_id as MeetingId | null,
    meetingLabel: meetingDate === null ? null : [meetingDate, row.meeting_title].filter(Boolean).join(' '),
    by: row.by as string,
    at: row.at as string,
  };
}

const ASSESSMENT_MEETING = 'LEFT JOIN plan_meeting m ON m.id = a.meeting_id';
const ASSESSMENT_SELECT = `SELECT a.*, m.date AS meeting_date, m.title AS meeting_title FROM risk_assessment a ${ASSESSMENT_MEETING}`;

export function readAssessment(db: Db, id: string): Assessment {
  const row = db.prepare(`${ASSESSMENT_SELECT} WHERE a.id = ?`).get(id) as Row | undefined;
  if (!row) throw new AppError('not_found', `No risk_assessment with id ${id}`, { entity: 'risk_assessment', id });
  return toAssessment(row);
}

/** Every assessment of the risk, newest first. */
export function assessmentHistory(db: Db, riskId: string): Assessment[] {
  mustRead(db, 'risk', riskId);
  return (db.prepare(`${ASSESSMENT_SELECT} WHERE a.risk_id = ? ORDER BY a.seq DESC`).all(riskId) as Row[]).map(toAssessment);
}

/** Risk rows are read with their source's title joined in (`source_label`). */
function toRisk(row: Row): Risk {
  const number = row.number as number;
  return {
    id: row.id as RiskId,
    registerId: row.register_id as RegisterId,
    number,
    code: riskCode(number),
    title: row.title as string,
    cause: row.cause as string,
    event: row.event as string,
    effect: row.effect as string,
    category: row.category as string,
    carrier: row.carrier as RiskCarrier | null,
    owner: row.owner as string,
    treatment: row.treatment as RiskTreatment | null,
    status: row.status as RiskStatus,
    nextReview: row.next_review as string | null,
    source: row.source as RiskSource,
    sourceWorkshopId: row.source_workshop_id as WorkshopId | null,
    sourceAreaId: row.source_area_id as PlanAreaId | null,
    sourceLabel: row.source_label as string | null,
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
  };
}

function toAction(row: Row, today: string): RiskAction {
  const due = row.due_date as string | null;
  const status = row.status as ActivityStatus;
  return {
    id: row.id as RiskActionId,
    riskId: row.risk_id as RiskId,
    activityId: row.activity_id as ActivityId,
    planId: row.plan_id as PlanId,
    planTitle: row.plan_title as string,
    areaTitle: row.area_title as string,
    what: row.what as string,
    status,
    due,
    overdue: isOverdue({ due, status }, today),
  };
}

const ACTION_SELECT = `SELECT ra.id, ra.risk_id, ra.activity_id, ar.plan_id, p.title AS plan_title, ar.title AS area_title, act.what, act.status, act.due_date
  FROM risk_action ra JOIN plan_activity act ON act.id = ra.activity_id JOIN plan_area ar ON ar.id = act.area_id JOIN plan p ON p.id = ar.plan_id`;

export function readAction(db: Db, id: string, today: string): RiskAction {
  const row = db.prepare(`${ACTION_SELECT} WHERE ra.id = ?`).get(id) as Row | undefined;
  if (!row) throw new AppError('not_found', `No risk_action with id ${id}`, { entity: 'risk_action', id });
  return toAction(row, today);
}

/** Which risks to read: a whole register, or one risk. */
type Selection = { readonly registerId: string } | { readonly riskId: string };

/** The newest assessment of a kind but `skip`, as a subquery per risk `r`: an index walk of a row or two, however long the history. */
const newest = (kind: AssessmentKind, skip: number) => `(SELECT id FROM risk_assessment WHERE risk_id = r.id AND kind = '${kind}' ORDER BY seq DESC LIMIT 1 OFFSET ${skip})`;

function riskRows(db: Db, selection: Selection, today: string): RiskRow[] {
  const [where, key] = 'registerId' in selection ? ['r.register_id = ?', selection.registerId] : ['r.id = ?', selection.riskId];
  const risks = db
    .prepare(
      `SELECT r.*, COALESCE(w.title, ar.title) AS source_label, (SELECT COUNT(*) FROM risk_assessment WHERE risk_id = r.id) AS assessment_count FROM risk r
       LEFT JOIN workshop w ON w.id = r.source_workshop_id LEFT JOIN plan_area ar ON ar.id = r.source_area_id
       WHERE ${where} ORDER BY r.number`,
    )
    .all(key) as Row[];
  const shown = db
    .prepare(
      `SELECT a.*, m.date AS meeting_date, m.title AS meeting_title FROM risk r
       JOIN risk_assessment a ON a.id IN (${newest('inherent', 0)}, ${newest('inherent', 1)}, ${newest('residual', 0)})
       ${ASSESSMENT_MEETING} WHERE ${where} ORDER BY a.seq`,
    )
    .all(key) as Row[];
  const actions = db.prepare(`${ACTION_SELECT} JOIN risk r ON r.id = ra.risk_id WHERE ${where} ORDER BY ra.rank`).all(key) as Row[];

  const rows = new Map<string, RiskRow>(
    risks.map((row) => [row.id, { ...toRisk(row), current: null, previous: null, residual: null, actions: [], assessmentCount: row.assessment_count as number }]),
  );
  // In seq order, so a later inherent assessment pushes the earlier one to previous.
  for (const row of shown) {
    const risk = rows.get(String(row.risk_id))!;
    if (row.kind === 'residual') risk.residual = toAssessment(row);
    else [risk.previous, risk.current] = [risk.current, toAssessment(row)];
  }
  for (const row of actions) rows.get(String(row.risk_id))!.actions.push(toAction(row, today));
  return [...rows.values()];
}

export function readRiskRow(db: Db, riskId: string, today: string): RiskRow {
  const [row] = riskRows(db, { riskId }, today);
  if (!row) throw new AppError('not_found', `No risk with id ${riskId}`, { entity: 'risk', id: riskId });
  return row;
}

export function registerView(db: Db, registerId: string, today: string): RegisterView {
  const register = toRegister(mustRead(db, 'risk_register', registerId));
  return {
    register,
    programmeName: db.prepare('SELECT name FROM programme WHERE id = ?').pluck().get(register.programmeId) as string,
    risks: riskRows(db, { registerId }, today),
    today,
  };
}
