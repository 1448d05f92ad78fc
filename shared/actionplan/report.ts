/**
 * The styrgrupp status report: what needs the steering group's eye first
 * (progress per område, overdue work, red items, recent decisions), then
 * the plan in full.
 *
 * "Decisions since the last report": a report usually follows a
 * follow-up meeting, and the previous report followed the meeting before
 * it. So by default the report lists decisions from meetings dated after
 * the last-but-one closed meeting: the newest closed meeting's decisions
 * and any taken at a meeting still open. The user may pick another start
 * date; nothing about a report is stored.
 */
import { z } from 'zod';
import { CalendarDate, Decision, MeetingStatus, PlanId, PlanView, type Activity, type ActivityStatus, type Health } from './schema';

export const ReportInput = z
  .object({
    id: PlanId,
    /** Decisions from meetings on or after this date; null lists all; left out, the default above. */
    from: CalendarDate.nullable().optional(),
  })
  .strict();

export const ReportDecision = Decision.extend({
  meetingDate: CalendarDate,
  meetingTitle: z.string(),
  meetingStatus: MeetingStatus,
  /** What the ny_aktivitet decision created, while that activity exists. */
  activityWhat: z.string().nullable(),
});
export type ReportDecision = z.infer<typeof ReportDecision>;

export const PlanReport = z.object({
  view: PlanView,
  from: CalendarDate.nullable(),
  /** The start date the report uses when none is picked. */
  defaultFrom: CalendarDate.nullable(),
  decisions: z.array(ReportDecision),
});
export type PlanReport = z.infer<typeof PlanReport>;

export function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** The day after the last-but-one closed meeting, or null (all decisions) with fewer than two closed meetings. */
export function defaultReportStart(meetings: readonly { readonly date: string; readonly status: z.infer<typeof MeetingStatus> }[]): string | null {
  const closed = meetings
    .filter((m) => m.status === 'closed')
    .map((m) => m.date)
    .sort();
  const previous = closed.at(-2);
  return previous === undefined ? null : nextDay(previous);
}

export function decisionsFrom<T extends { readonly meetingDate: string }>(decisions: readonly T[], from: string | null): T[] {
  return from === null ? [...decisions] : decisions.filter((d) => d.meetingDate >= from);
}

export interface PlacedActivity {
  readonly activity: Activity;
  readonly areaTitle: string;
  readonly goalTitle: string | null;
}

/** Every activity with the område and delmål it sits under, in plan order. */
export function placedActivities(view: PlanView): PlacedActivity[] {
  return view.areas.flatMap(({ area, goals, activities }) => [
    ...goals.flatMap(({ goal, activities: own }) => own.map((activity) => ({ activity, areaTitle: area.title, goalTitle: goal.title }))),
    ...activities.map((activity) => ({ activity, areaTitle: area.title, goalTitle: null })),
  ]);
}

/** Red items still in play: a struken activity's health no longer matters. */
export function isRedItem(activity: { readonly health: Health; readonly status: ActivityStatus }): boolean {
  return activity.health === 'rod' && activity.status !== 'struken';
}
