/**
 * What the meeting pages compute from the API's answers, kept free of React
 * so it can be tested on its own: attendees typed one per line, the agenda
 * joined with the plan's activities, the progress change a form asks for,
 * and field errors of the activity inside a "ny aktivitet" beslut.
 */
import type { Activity, ActivityStatus, AgendaItem, Attendee, Health, MeetingView, ParkedItem, PlanView, Protocol } from '../../../shared/actionplan/schema';
import { ApiFailure } from '../../api/ApiFailure';

/**
 * One attendee per line, "Namn, organisation" with the organisation
 * optional: quicker to type during a meeting than a row of fields each.
 */
export function parseAttendees(text: string): Attendee[] {
  return text
    .split('\n')
    .map((line) => {
      const comma = line.indexOf(',');
      return comma === -1
        ? { name: line.trim(), organisation: '' }
        : { name: line.slice(0, comma).trim(), organisation: line.slice(comma + 1).trim() };
    })
    .filter((attendee) => attendee.name !== '' || attendee.organisation !== '');
}

export function formatAttendees(attendees: readonly { readonly name: string; readonly organisation: string }[]): string {
  return attendees.map((a) => (a.organisation ? `${a.name}, ${a.organisation}` : a.name)).join('\n');
}

export interface PlacedActivity {
  readonly activity: Activity;
  readonly areaTitle: string;
  readonly goalTitle: string | null;
}

/** Every activity of the plan by id, with the område and delmål it sits under. */
export function activitiesById(plan: PlanView): Map<string, PlacedActivity> {
  const found = new Map<string, PlacedActivity>();
  for (const { area, goals, activities } of plan.areas) {
    for (const activity of activities) found.set(activity.id, { activity, areaTitle: area.title, goalTitle: null });
    for (const { goal, activities: under } of goals) {
      for (const activity of under) found.set(activity.id, { activity, areaTitle: area.title, goalTitle: goal.title });
    }
  }
  return found;
}

export interface AgendaRow {
  readonly key: string;
  readonly item: AgendaItem;
  /** Null for a free-text item parked last time. */
  readonly placed: PlacedActivity | null;
}

/** The agenda with each activity as it stands now; items whose activity is gone are left out. */
export function agendaRows(agenda: readonly AgendaItem[], activities: ReadonlyMap<string, PlacedActivity>): AgendaRow[] {
  return agenda.flatMap((item, index): AgendaRow[] => {
    if (item.activityId === null) return [{ key: `text-${index}`, item, placed: null }];
    const placed = activities.get(item.activityId);
    return placed ? [{ key: item.activityId, item, placed }] : [];
  });
}

export interface MeetingCounts {
  readonly decisions: number;
  readonly changes: number;
}

/** While a meeting is open its live records count; once closed, what its protokoll holds. */
export function meetingCounts(view: MeetingView): MeetingCounts {
  if (view.protocol) return { decisions: view.protocol.decisions.length, changes: view.protocol.changes.length };
  return { decisions: view.decisions.length, changes: view.changes.length };
}

export interface ProgressForm {
  readonly status: ActivityStatus;
  readonly health: Health;
  readonly healthReason: string;
  readonly comment: string;
  readonly by: string;
}

/**
 * The planActivity.setProgress input for what the form changed. Unchanged
 * status and health are left out so the history records only real changes;
 * a form that changes neither is sent as it is and the API names the field.
 */
export function progressInput(activity: Activity, form: ProgressForm, meetingId: string) {
  const healthChanged = form.health !== activity.health || (form.health !== 'gron' && form.healthReason !== activity.healthReason);
  return {
    id: activity.id,
    meetingId,
    comment: form.comment,
    by: form.by,
    ...(form.status !== activity.status ? { status: form.status } : {}),
    ...(healthChanged ? { health: form.health, healthReason: form.health === 'gron' ? '' : form.healthReason } : {}),
  };
}

/**
 * A "ny aktivitet" beslut carries the activity as a nested object, so the
 * API names its fields as ["activity", "what"]. The form shows those fields
 * beside the beslut text, so the issues are lifted to the field's own name.
 */
export function liftActivityIssues(failure: ApiFailure): ApiFailure {
  if (failure.code !== 'validation_failed' || !Array.isArray(failure.details)) return failure;
  const details = (failure.details as unknown[]).map((issue) => {
    if (typeof issue !== 'object' || issue === null) return issue;
    const path = (issue as { path?: unknown }).path;
    if (!Array.isArray(path) || path[0] !== 'activity' || path.length < 2) return issue;
    return { ...issue, path: path.slice(1) };
  });
  return new ApiFailure({ code: failure.code, message: failure.message, details });
}

export interface CarryChoice {
  readonly key: string;
  readonly activityId: string | null;
  readonly label: string;
  /** Agenda activities the meeting did not reach may be let go; what was parked on purpose always carries. */
  readonly skippable: boolean;
}

/** The carry-over of a protokoll preview made without skips, as choices for the closing dialog. */
export function carryChoices(carryOver: Protocol['carryOver'], parked: readonly ParkedItem[]): CarryChoice[] {
  const parkedActivities = new Set(parked.flatMap((item) => (item.activityId ? [item.activityId] : [])));
  return carryOver.map((item, index) => ({
    key: item.activityId ?? `text-${index}`,
    activityId: item.activityId,
    label: [item.what, ...item.texts].filter(Boolean).join(' – '),
    skippable: item.activityId !== null && !parkedActivities.has(item.activityId),
  }));
}
