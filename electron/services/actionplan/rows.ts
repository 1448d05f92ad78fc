import { AppError } from '../../../shared/api/errors';
import { isOverdue, localDate, progressOf } from '../../../shared/actionplan/rules';
import {
  Activity,
  AgendaItem,
  Decision,
  HistoryEntry,
  MeetingSummary,
  ParkedItem,
  Plan,
  PlanArea,
  PlanGoal,
  Protocol,
  type AreaView,
  type Meeting,
  type MeetingView,
  type PlanView,
} from '../../../shared/actionplan/schema';
import type { Db } from '../../storage/database';
import type { Row } from '../../storage/rows';
import type { TableName } from '../../storage/tables';

/** "Today" for overdue: the local calendar date of the store's clock. */
export const todayOf = (now: string): string => localDate(new Date(now));

export function mustRead(db: Db, table: TableName, id: string): Row {
  const row = db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Row | undefined;
  if (!row) throw new AppError('not_found', `No ${table} with id ${id}`, { entity: table, id });
  return row;
}

export function toPlan(row: Row): Plan {
  return Plan.parse({
    id: row.id,
    programmeId: row.programme_id,
    title: row.title,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    status: row.status,
    template: row.template,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

export function toArea(row: Row): PlanArea {
  return PlanArea.parse({
    id: row.id,
    planId: row.plan_id,
    improvementAreaId: row.improvement_area_id,
    title: row.title,
    description: row.description,
    rank: row.rank,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

export function toGoal(row: Row): PlanGoal {
  return PlanGoal.parse({ id: row.id, areaId: row.area_id, title: row.title, rank: row.rank, createdAt: row.created_at, updatedAt: row.updated_at });
}

/** Activity rows are read with their plan id joined in (`plan_id`). */
export function toActivity(row: Row, today: string): Activity {
  const due = row.due_date as string | null;
  const status = row.status as Activity['status'];
  return Activity.parse({
    id: row.id,
    planId: row.plan_id,
    areaId: row.area_id,
    goalId: row.goal_id,
    what: row.what,
    responsibleName: row.responsible_name,
    responsibleOrganisation: row.responsible_organisation,
    responsibleHuvudman: row.responsible_huvudman,
    start: row.start_date,
    due,
    status,
    health: row.health,
    healthReason: row.health_reason,
    notes: row.notes,
    rank: row.rank,
    overdue: isOverdue({ due, status }, today),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

export const ACTIVITY_SELECT = 'SELECT act.*, ar.plan_id FROM plan_activity act JOIN plan_area ar ON ar.id = act.area_id';
/** Plan order: område, then its delmål in order, then activities without a delmål. */
export const PLAN_ORDER = 'ORDER BY ar.rank, ar.rowid, g.id IS NULL, g.rank, g.rowid, act.rank, act.rowid';

export function readActivity(db: Db, id: string, today: string): Activity {
  const row = db.prepare(`${ACTIVITY_SELECT} WHERE act.id = ?`).get(id) as Row | undefined;
  if (!row) throw new AppError('not_found', `No plan_activity with id ${id}`, { entity: 'plan_activity', id });
  return toActivity(row, today);
}

export function planActivities(db: Db, planId: string, today: string): Activity[] {
  const rows = db
    .prepare(
      `SELECT act.*, ar.plan_id FROM plan_activity act JOIN plan_area ar ON ar.id = act.area_id
       LEFT JOIN plan_goal g ON g.id = act.goal_id WHERE ar.plan_id = ? ${PLAN_ORDER}`,
    )
    .all(planId) as Row[];
  return rows.map((row) => toActivity(row, today));
}

export function toHistory(row: Row): HistoryEntry {
  return HistoryEntry.parse({
    id: row.id,
    activityId: row.activity_id,
    meetingId: row.meeting_id,
    field: row.field,
    from: row.from_value,
    to: row.to_value,
    reason: row.reason,
    comment: row.comment,
    by: row.by,
    at: row.at,
  });
}

function toMeetingSummary(row: Row): MeetingSummary {
  return MeetingSummary.parse({
    id: row.id,
    planId: row.plan_id,
    title: row.title,
    date: row.date,
    attendees: JSON.parse(String(row.attendees)) as unknown,
    status: row.status,
    closedAt: row.closed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

export function toMeeting(row: Row): Meeting {
  return { ...toMeetingSummary(row), agenda: AgendaItem.array().parse(JSON.parse(String(row.agenda))) };
}

export function toDecision(row: Row): Decision {
  return Decision.parse({
    id: row.id,
    meetingId: row.meeting_id,
    kind: row.kind,
    text: row.text,
    activityId: row.activity_id,
    rank: row.rank,
    createdAt: row.created_at,
  });
}

export function toParked(row: Row): ParkedItem {
  return ParkedItem.parse({ id: row.id, meetingId: row.meeting_id, activityId: row.activity_id, text: row.text, createdAt: row.created_at });
}

export function listMeetings(db: Db, planId: string): MeetingSummary[] {
  const rows = db.prepare('SELECT * FROM plan_meeting WHERE plan_id = ? ORDER BY date, created_at, rowid').all(planId) as Row[];
  return rows.map(toMeetingSummary);
}

export function parkedAt(db: Db, meetingId: string): ParkedItem[] {
  return (db.prepare('SELECT * FROM plan_parked WHERE meeting_id = ? ORDER BY created_at, rowid').all(meetingId) as Row[]).map(toParked);
}

export function meetingView(db: Db, meetingId: string): MeetingView {
  const row = mustRead(db, 'plan_meeting', meetingId);
  const meeting = toMeeting(row);
  const exists = db.prepare('SELECT 1 FROM plan_activity WHERE id = ?').pluck();
  return {
    // Activities deleted since the agenda was made drop out of it.
    meeting: { ...meeting, agenda: meeting.agenda.filter((entry) => entry.activityId === null || exists.get(entry.activityId) !== undefined) },
    decisions: (db.prepare('SELECT * FROM plan_decision WHERE meeting_id = ? ORDER BY rank, rowid').all(meetingId) as Row[]).map(toDecision),
    changes: (
      db
        .prepare(
          `SELECT h.* FROM plan_history h JOIN plan_activity act ON act.id = h.activity_id JOIN plan_area ar ON ar.id = act.area_id
           LEFT JOIN plan_goal g ON g.id = act.goal_id WHERE h.meeting_id = ? ORDER BY h.at, ${PLAN_ORDER.slice('ORDER BY '.length)}, h.seq`,
        )
        .all(meetingId) as Row[]
    ).map(toHistory),
    parked: parkedAt(db, meetingId),
    protocol: row.protocol === null ? null : Protocol.parse(JSON.parse(String(row.protocol))),
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** Groups activities under their område and delmål and adds progress at each level, in one pass. */
export function planView(db: Db, planId: string, today: string): PlanView {
  const plan = toPlan(mustRead(db, 'plan', planId));
  const areas = (db.prepare('SELECT * FROM plan_area WHERE plan_id = ? ORDER BY rank, rowid').all(planId) as Row[]).map(toArea);
  const goals = (
    db.prepare('SELECT g.* FROM plan_goal g JOIN plan_area ar ON ar.id = g.area_id WHERE ar.plan_id = ? ORDER BY g.rank, g.rowid').all(planId) as Row[]
  ).map(toGoal);
  const activities = planActivities(db, planId, today);
  const byGoal = groupBy(activities, (a) => a.goalId ?? `area:${a.areaId}`);
  const goalsByArea = groupBy(goals, (g) => g.areaId);
  const areaViews: AreaView[] = areas.map((area) => {
    const goalViews = (goalsByArea.get(area.id) ?? []).map((goal) => {
      const own = byGoal.get(goal.id) ?? [];
      return { goal, progress: progressOf(own), activities: own };
    });
    const loose = byGoal.get(`area:${area.id}`) ?? [];
    return { area, progress: progressOf([...goalViews.flatMap((g) => g.activities), ...loose]), goals: goalViews, activities: loose };
  });
  return {
    plan,
    programmeName: db.prepare('SELECT name FROM programme WHERE id = ?').pluck().get(plan.programmeId) as string,
    today,
    progress: progressOf(activities),
    overdue: activities.filter((a) => a.overdue).length,
    areas: areaViews,
    meetings: listMeetings(db, planId),
  };
}
