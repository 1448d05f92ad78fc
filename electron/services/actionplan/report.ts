/**
 * Reads for the styrgrupp report and the plan's exports: every decision of
 * the plan with its meeting, the whole status history in time order, and
 * which workshop each område came from.
 */
import { decisionsFrom, defaultReportStart, ReportDecision, type PlanReport } from '../../../shared/actionplan/report';
import type { HandlerMap } from '../../api/handler';
import type { Db } from '../../storage/database';
import type { Row } from '../../storage/rows';
import type { HistoryLine, AreaSource } from '../../exports/plan-xlsx';
import { PLAN_ORDER, planView, todayOf, toDecision, toHistory } from './rows';

/** In meeting order (date, then when the meeting was made), each meeting's decisions in their own order. */
export function planDecisions(db: Db, planId: string): ReportDecision[] {
  const rows = db
    .prepare(
      `SELECT d.*, m.date AS meeting_date, m.title AS meeting_title, m.status AS meeting_status, act.what AS activity_what
       FROM plan_decision d JOIN plan_meeting m ON m.id = d.meeting_id LEFT JOIN plan_activity act ON act.id = d.activity_id
       WHERE m.plan_id = ? ORDER BY m.date, m.created_at, m.rowid, d.rank, d.rowid`,
    )
    .all(planId) as Row[];
  return rows.map((row) =>
    ReportDecision.parse({
      ...toDecision(row),
      meetingDate: row.meeting_date,
      meetingTitle: row.meeting_title,
      meetingStatus: row.meeting_status,
      activityWhat: row.activity_what ?? null,
    }),
  );
}

/** Every status and health change in the plan, oldest first; changes made together keep plan order. */
export function planHistory(db: Db, planId: string): HistoryLine[] {
  const rows = db
    .prepare(
      `SELECT h.*, act.what AS activity_what, m.date AS meeting_date, m.title AS meeting_title
       FROM plan_history h JOIN plan_activity act ON act.id = h.activity_id JOIN plan_area ar ON ar.id = act.area_id
       LEFT JOIN plan_goal g ON g.id = act.goal_id LEFT JOIN plan_meeting m ON m.id = h.meeting_id
       WHERE ar.plan_id = ? ORDER BY h.at, ${PLAN_ORDER.slice('ORDER BY '.length)}, h.seq`,
    )
    .all(planId) as Row[];
  return rows.map((row) => ({
    ...toHistory(row),
    activityWhat: String(row.activity_what),
    meeting: row.meeting_date === null ? null : { date: String(row.meeting_date), title: String(row.meeting_title) },
  }));
}

/** The improvement area and workshop behind each område that came from one, by område id. */
export function areaSources(db: Db, planId: string): Map<string, AreaSource> {
  const rows = db
    .prepare(
      `SELECT ar.id, ia.title AS improvement_area, w.title AS workshop FROM plan_area ar
       JOIN improvement_area ia ON ia.id = ar.improvement_area_id JOIN workshop w ON w.id = ia.workshop_id WHERE ar.plan_id = ?`,
    )
    .all(planId) as { id: string; improvement_area: string; workshop: string }[];
  return new Map(rows.map((row) => [row.id, { improvementArea: row.improvement_area, workshop: row.workshop }]));
}

export function planReport(db: Db, planId: string, today: string, from: string | null | undefined): PlanReport {
  const view = planView(db, planId, today);
  const defaultFrom = defaultReportStart(view.meetings);
  const start = from === undefined ? defaultFrom : from;
  return { view, from: start, defaultFrom, decisions: decisionsFrom(planDecisions(db, planId), start) };
}

export const reportHandlers: HandlerMap = {
  'plan.report': ({ id, from }, { store }) => store.read((db) => planReport(db, id, todayOf(store.now()), from)),
};
