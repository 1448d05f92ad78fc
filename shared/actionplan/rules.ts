/**
 * Plan rules as pure functions over plain data, used by the API and the UI
 * alike. Overdue and progress are always computed, never stored, so they
 * cannot drift from the activities they describe; "today" is passed in.
 */
import type { ActivityStatus, AgendaReason, Health, Progress } from './schema';

interface Scheduled {
  readonly due: string | null;
  readonly status: ActivityStatus;
}

/** Finished work is never late: klar and struken are not overdue. */
export function isOverdue(activity: Scheduled, today: string): boolean {
  return activity.due !== null && activity.due < today && activity.status !== 'klar' && activity.status !== 'struken';
}

/**
 * Share of counted activities that are klar. Struken and pausad are left
 * out of the count rather than counted as not done, and the counts travel
 * with the figure so the UI can show how it was reached.
 */
export function progressOf(activities: readonly { readonly status: ActivityStatus }[]): Progress {
  let done = 0;
  let struck = 0;
  let paused = 0;
  for (const { status } of activities) {
    if (status === 'klar') done++;
    else if (status === 'struken') struck++;
    else if (status === 'pausad') paused++;
  }
  const counted = activities.length - struck - paused;
  return { counted, done, struck, paused, total: activities.length, ratio: counted === 0 ? null : done / counted };
}

/** The local calendar date of an instant, YYYY-MM-DD. */
export function localDate(instant: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

export interface AgendaActivity extends Scheduled {
  readonly id: string;
  readonly health: Health;
}

export interface Parked {
  readonly activityId: string | null;
  readonly text: string;
}

export interface AgendaEntry {
  readonly activityId: string | null;
  readonly texts: readonly string[];
  readonly reasons: readonly AgendaReason[];
}

/**
 * A follow-up meeting's agenda: first the free-text items parked last time
 * (in the order they were parked), then, in plan order, every activity that
 * was parked, is röd, is overdue or is pågår, each with all its reasons.
 * `activities` must come in plan order; the result is stable for equal input.
 */
export function buildAgenda(activities: readonly AgendaActivity[], parked: readonly Parked[], today: string): AgendaEntry[] {
  const parkedTexts = new Map<string, string[]>();
  const free: AgendaEntry[] = [];
  for (const item of parked) {
    if (item.activityId === null) free.push({ activityId: null, texts: [item.text], reasons: ['parked'] });
    else parkedTexts.set(item.activityId, [...(parkedTexts.get(item.activityId) ?? []), ...(item.text ? [item.text] : [])]);
  }
  const entries = activities.flatMap((activity): AgendaEntry[] => {
    const reasons: AgendaReason[] = [];
    if (parkedTexts.has(activity.id)) reasons.push('parked');
    if (activity.status !== 'struken' && activity.health === 'rod') reasons.push('red');
    if (isOverdue(activity, today)) reasons.push('overdue');
    if (activity.status === 'pagar') reasons.push('open');
    return reasons.length === 0 ? [] : [{ activityId: activity.id, texts: parkedTexts.get(activity.id) ?? [], reasons }];
  });
  return [...free, ...entries];
}

export interface Carried {
  readonly activityId: string | null;
  readonly texts: readonly string[];
}

/**
 * What a closing meeting hands to the next one: everything parked during it,
 * plus agenda activities it did not reach (no change recorded, no decision
 * about them) unless the team chose to let them go. Parked items come first,
 * then the unreached ones in agenda order; an activity appears once, with
 * all the notes parked with it.
 */
export function carryOver(agenda: readonly AgendaEntry[], parked: readonly Parked[], reached: ReadonlySet<string>, skip: ReadonlySet<string> = new Set()): Carried[] {
  const result: { activityId: string | null; texts: string[] }[] = [];
  const byActivity = new Map<string, { activityId: string; texts: string[] }>();
  const add = (activityId: string, text: string) => {
    let item = byActivity.get(activityId);
    if (!item) {
      item = { activityId, texts: [] };
      byActivity.set(activityId, item);
      result.push(item);
    }
    if (text) item.texts.push(text);
  };
  for (const item of parked) {
    if (item.activityId === null) result.push({ activityId: null, texts: [item.text] });
    else add(item.activityId, item.text);
  }
  for (const entry of agenda) {
    const id = entry.activityId;
    if (id !== null && !reached.has(id) && !skip.has(id) && !byActivity.has(id)) add(id, '');
  }
  return result;
}
