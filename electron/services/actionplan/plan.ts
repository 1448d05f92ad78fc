import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/errors';
import { progressOf } from '../../../shared/actionplan/rules';
import { templateAreas } from '../../../shared/actionplan/templates';
import { mutation, type HandlerMap } from '../../api/handler';
import { definedColumns, type Row } from '../../storage/rows';
import { readSettings } from '../settings/read';
import { insertActivity } from './activities';
import { requireInOrder } from './refuse';
import { insertArea, insertGoal } from './structure';
import { planActivities, planView, todayOf, toPlan } from './rows';

export const planHandlers: HandlerMap = {
  'plan.list': ({ programmeId }, { store }) =>
    store.read((db) => {
      if (!db.prepare('SELECT 1 FROM programme WHERE id = ?').get(programmeId)) {
        throw new AppError('not_found', `No programme with id ${programmeId}`, { entity: 'programme', id: programmeId });
      }
      const today = todayOf(store.now());
      const rows = db.prepare('SELECT * FROM plan WHERE programme_id = ? ORDER BY created_at, rowid').all(programmeId) as Row[];
      return rows.map((row) => {
        const activities = planActivities(db, row.id, today);
        return {
          ...toPlan(row),
          progress: progressOf(activities),
          overdue: activities.filter((a) => a.overdue).length,
          areaCount: db.prepare('SELECT COUNT(*) FROM plan_area WHERE plan_id = ?').pluck().get(row.id) as number,
        };
      });
    }),

  'plan.get': ({ id }, { store }) => store.read((db) => planView(db, id, todayOf(store.now()))),

  /** A template's texts are written in the app's language at the time, and are the user's to change from then on. */
  'plan.create': mutation('plan.create', ({ programmeId, title, periodStart, periodEnd, template }, tx) => {
    tx.get('programme', programmeId);
    const id = randomUUID();
    tx.insert('plan', { id, programme_id: programmeId, title, period_start: periodStart, period_end: periodEnd, status: 'utkast', template, created_at: tx.now, updated_at: tx.now });
    for (const area of templateAreas(template, readSettings(tx.db).language)) {
      const areaId = insertArea(tx, id, { title: area.title, description: area.description, improvementAreaId: null });
      const goalIds = area.goals.map((goal) => insertGoal(tx, areaId, goal));
      for (const activity of area.activities) {
        insertActivity(tx, {
          areaId,
          goalId: activity.goal === null ? null : (goalIds[activity.goal] ?? null),
          what: activity.what,
          responsibleOrganisation: activity.responsibleOrganisation,
          responsibleHuvudman: activity.responsibleHuvudman,
          status: 'ej_paborjad',
          health: 'gron',
          healthReason: '',
        });
      }
    }
    return toPlan(tx.get('plan', id));
  }),

  'plan.update': mutation('plan.update', ({ id, title, periodStart, periodEnd, status }, tx) => {
    const before = tx.get('plan', id);
    requireInOrder({ from: before.period_start ?? null, to: before.period_end ?? null }, { from: periodStart, to: periodEnd }, { from: 'periodStart', to: 'periodEnd' });
    return toPlan(tx.update('plan', id, definedColumns({ title, period_start: periodStart, period_end: periodEnd, status })));
  }),

  'plan.delete': mutation('plan.delete', ({ id }, tx) => {
    tx.remove('plan', id);
    return null;
  }),
};
