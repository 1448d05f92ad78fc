import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/errors';
import type { ActivityStatus, Health } from '../../../shared/actionplan/schema';
import { mutation, type HandlerMap } from '../../api/handler';
import type { Db } from '../../storage/database';
import { definedColumns, type Row } from '../../storage/rows';
import type { Tx } from '../../storage/transaction';
import { invalid, requireInOrder } from './refuse';
import { applyOrder, nextRank } from './order';
import { mustRead, readActivity, todayOf, toHistory } from './rows';

export interface ActivityInput {
  readonly areaId: string;
  readonly goalId: string | null;
  readonly what: string;
  readonly responsibleName?: string | undefined;
  readonly responsibleOrganisation?: string | undefined;
  readonly responsibleHuvudman?: Row['responsible_huvudman'] | undefined;
  readonly start?: string | null | undefined;
  readonly due?: string | null | undefined;
  readonly notes?: string | undefined;
  readonly status: ActivityStatus;
  readonly health: Health;
  readonly healthReason: string;
}


/** A delmål must sit under the område the activity goes to. */
function requireGoalInArea(db: Db, goalId: string | null, areaId: string): void {
  if (goalId === null) return;
  const goal = mustRead(db, 'plan_goal', goalId);
  if (goal.area_id !== areaId) throw invalid(['goalId'], 'other_area', 'The delmål belongs to another område');
}

export function planOfArea(db: Db, areaId: string): string {
  return String(mustRead(db, 'plan_area', areaId).plan_id);
}

export function insertActivity(tx: Tx, input: ActivityInput): string {
  tx.get('plan_area', input.areaId);
  requireGoalInArea(tx.db, input.goalId, input.areaId);
  const id = randomUUID();
  tx.insert('plan_activity', {
    id,
    area_id: input.areaId,
    goal_id: input.goalId,
    what: input.what,
    responsible_name: input.responsibleName ?? '',
    responsible_organisation: input.responsibleOrganisation ?? '',
    responsible_huvudman: input.responsibleHuvudman ?? null,
    start_date: input.start ?? null,
    due_date: input.due ?? null,
    status: input.status,
    health: input.health,
    health_reason: input.health === 'gron' ? '' : input.healthReason,
    notes: input.notes ?? '',
    rank: nextRank(tx.db, 'plan_activity', 'area_id', input.areaId),
    created_at: tx.now,
    updated_at: tx.now,
  });
  return id;
}

/** A meeting that changes may be recorded at: in the same plan and still open. */
export function requireOpenMeeting(db: Db, meetingId: string, planId: string): Row {
  const meeting = mustRead(db, 'plan_meeting', meetingId);
  if (meeting.plan_id !== planId) throw invalid(['meetingId'], 'other_plan', 'The meeting belongs to another plan');
  if (meeting.status !== 'open') throw new AppError('meeting_closed', 'The meeting is closed', { meetingId });
  return meeting;
}

export const activityHandlers: HandlerMap = {
  'planActivity.create': mutation('planActivity.create', (input, tx) => readActivity(tx.db, insertActivity(tx, input), todayOf(tx.now))),

  'planActivity.update': mutation('planActivity.update', ({ id, ...fields }, tx) => {
    const before = tx.get('plan_activity', id);
    requireInOrder({ from: before.start_date ?? null, to: before.due_date ?? null }, { from: fields.start, to: fields.due }, { from: 'start', to: 'due' });
    tx.update(
      'plan_activity',
      id,
      definedColumns({
        what: fields.what,
        responsible_name: fields.responsibleName,
        responsible_organisation: fields.responsibleOrganisation,
        responsible_huvudman: fields.responsibleHuvudman,
        start_date: fields.start,
        due_date: fields.due,
        notes: fields.notes,
      }),
    );
    return readActivity(tx.db, id, todayOf(tx.now));
  }),

  'planActivity.delete': mutation('planActivity.delete', ({ id }, tx) => {
    tx.remove('plan_activity', id);
    return null;
  }),

  'planActivity.reorder': mutation('planActivity.reorder', ({ areaId, goalId, ids }, tx) => {
    const planId = planOfArea(tx.db, areaId);
    requireGoalInArea(tx.db, goalId, areaId);
    if (new Set(ids).size !== ids.length) throw invalid(['ids'], 'duplicate', 'An id is listed twice');
    // Dragging may bring activities from another område or delmål of the same plan.
    for (const id of ids) {
      if (planOfArea(tx.db, String(mustRead(tx.db, 'plan_activity', id).area_id)) !== planId) throw invalid(['ids'], 'other_plan', 'The activity belongs to another plan');
    }
    applyOrder(tx, 'plan_activity', ids, { area_id: areaId, goal_id: goalId });
    return null;
  }),

  'planActivity.setProgress': mutation('planActivity.setProgress', ({ id, status, health, healthReason, comment, by, meetingId }, tx) => {
    const before = tx.get('plan_activity', id);
    if (meetingId !== null) requireOpenMeeting(tx.db, meetingId, planOfArea(tx.db, String(before.area_id)));
    const record = (field: 'status' | 'health', from: string, to: string, reason: string) =>
      tx.insert('plan_history', {
        id: randomUUID(),
        activity_id: id,
        seq: tx.db.prepare('SELECT COALESCE(MAX(seq), 0) + 1 FROM plan_history WHERE activity_id = ?').pluck().get(id) as number,
        meeting_id: meetingId,
        field,
        from_value: from,
        to_value: to,
        reason,
        comment,
        by,
        at: tx.now,
      });
    if (status !== undefined && status !== before.status) {
      tx.update('plan_activity', id, { status });
      record('status', String(before.status), status, '');
    }
    if (health !== undefined) {
      const reason = health === 'gron' ? '' : (healthReason ?? '');
      if (health !== before.health || reason !== before.health_reason) {
        tx.update('plan_activity', id, { health, health_reason: reason });
        record('health', String(before.health), health, reason);
      }
    }
    return readActivity(tx.db, id, todayOf(tx.now));
  }),

  'planActivity.history': ({ id }, { store }) =>
    store.read((db) => {
      mustRead(db, 'plan_activity', id);
      return (db.prepare('SELECT * FROM plan_history WHERE activity_id = ? ORDER BY seq').all(id) as Row[]).map(toHistory);
    }),
};
