import { randomUUID } from 'node:crypto';
import { scopeOf } from '../../../shared/history/schema';
import { mutation, type Handler, type HandlerMap } from '../../api/handler';
import { insertActivity } from '../actionplan/activities';
import { todayOf } from '../actionplan/rows';
import { programmeOf, requireInProgramme } from './programme-of';
import { readAction } from './rows';

const createAction = mutation('riskAction.create', (input, tx) => {
  tx.get('risk', input.riskId);
  const programmeId = programmeOf(tx.db, 'risk', input.riskId);
  let activityId: string;
  if (input.kind === 'link') {
    requireInProgramme(tx.db, 'plan_activity', input.activityId, programmeId, ['activityId']);
    activityId = input.activityId;
    // Linking what is linked already changes nothing and answers with the link there is.
    const linked = tx.db.prepare('SELECT id FROM risk_action WHERE risk_id = ? AND activity_id = ?').pluck().get(input.riskId, activityId) as string | undefined;
    if (linked) return readAction(tx.db, linked, todayOf(tx.now));
  } else {
    requireInProgramme(tx.db, 'plan_area', input.activity.areaId, programmeId, ['activity', 'areaId']);
    activityId = insertActivity(tx, input.activity);
  }
  const id = randomUUID();
  const rank = tx.db.prepare('SELECT COALESCE(MAX(rank), 0) + 1 FROM risk_action WHERE risk_id = ?').pluck().get(input.riskId) as number;
  tx.insert('risk_action', { id, risk_id: input.riskId, activity_id: activityId, rank, created_at: tx.now });
  return readAction(tx.db, id, todayOf(tx.now));
});

/**
 * An action made from the register belongs to the register's history even
 * when it creates a plan activity, which alone would make it a change to
 * the whole programme.
 */
const createInRegister: Handler<'riskAction.create'> = (input, ctx) => {
  if (ctx.scope) return createAction(input, ctx);
  const registerId = ctx.store.read((db) => db.prepare('SELECT register_id FROM risk WHERE id = ?').pluck().get(input.riskId) as string | undefined);
  return createAction(input, registerId ? { ...ctx, scope: scopeOf('register', registerId) } : ctx);
};

export const actionHandlers: HandlerMap = {
  'riskAction.create': createInRegister,

  /** Only the link goes; the activity stays in its plan. */
  'riskAction.delete': mutation('riskAction.delete', ({ id }, tx) => {
    tx.remove('risk_action', id);
    return null;
  }),
};
