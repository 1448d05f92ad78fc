import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/errors';
import { mutation, type HandlerMap } from '../../api/handler';
import type { Tx } from '../../storage/transaction';
import { applyOrder, nextRank, requireChildren } from './order';
import { toArea, toGoal } from './rows';

export function insertArea(tx: Tx, planId: string, fields: { title: string; description: string; improvementAreaId: string | null }): string {
  const id = randomUUID();
  tx.insert('plan_area', {
    id,
    plan_id: planId,
    improvement_area_id: fields.improvementAreaId,
    title: fields.title,
    description: fields.description,
    rank: nextRank(tx.db, 'plan_area', 'plan_id', planId),
    created_at: tx.now,
    updated_at: tx.now,
  });
  return id;
}

export function insertGoal(tx: Tx, areaId: string, title: string): string {
  const id = randomUUID();
  tx.insert('plan_goal', { id, area_id: areaId, title, rank: nextRank(tx.db, 'plan_goal', 'area_id', areaId), created_at: tx.now, updated_at: tx.now });
  return id;
}

function textPatch(fields: { title?: string | undefined; description?: string | undefined }): Record<string, string> {
  const patch: Record<string, string> = {};
  if (fields.title !== undefined) patch.title = fields.title;
  if (fields.description !== undefined) patch.description = fields.description;
  return patch;
}

export const structureHandlers: HandlerMap = {
  'planArea.create': mutation('planArea.create', ({ planId, title, description }, tx) => {
    tx.get('plan', planId);
    return toArea(tx.get('plan_area', insertArea(tx, planId, { title, description, improvementAreaId: null })));
  }),

  'planArea.fromImprovementArea': mutation('planArea.fromImprovementArea', ({ planId, improvementAreaId }, tx) => {
    const plan = tx.get('plan', planId);
    const source = tx.get('improvement_area', improvementAreaId);
    if (source.programme_id !== plan.programme_id) {
      throw new AppError('validation_failed', 'The improvement area belongs to another programme', [
        { path: ['improvementAreaId'], code: 'other_programme', message: 'belongs to another programme' },
      ]);
    }
    // A second click finds the område the first one made rather than making a twin.
    const existing = tx.db.prepare('SELECT id FROM plan_area WHERE plan_id = ? AND improvement_area_id = ?').pluck().get(planId, improvementAreaId) as string | undefined;
    const id = existing ?? insertArea(tx, planId, { title: String(source.title), description: String(source.description), improvementAreaId });
    return toArea(tx.get('plan_area', id));
  }),

  'planArea.update': mutation('planArea.update', ({ id, ...fields }, tx) => toArea(tx.update('plan_area', id, textPatch(fields)))),

  'planArea.delete': mutation('planArea.delete', ({ id }, tx) => {
    tx.remove('plan_area', id);
    return null;
  }),

  'planArea.reorder': mutation('planArea.reorder', ({ planId, ids }, tx) => {
    tx.get('plan', planId);
    requireChildren(tx.db, 'plan_area', 'plan_id', planId, ids);
    applyOrder(tx, 'plan_area', ids);
    return null;
  }),

  'planGoal.create': mutation('planGoal.create', ({ areaId, title }, tx) => {
    tx.get('plan_area', areaId);
    return toGoal(tx.get('plan_goal', insertGoal(tx, areaId, title)));
  }),

  'planGoal.update': mutation('planGoal.update', ({ id, title }, tx) => toGoal(tx.update('plan_goal', id, textPatch({ title })))),

  'planGoal.delete': mutation('planGoal.delete', ({ id }, tx) => {
    tx.remove('plan_goal', id);
    return null;
  }),

  'planGoal.reorder': mutation('planGoal.reorder', ({ areaId, ids }, tx) => {
    tx.get('plan_area', areaId);
    requireChildren(tx.db, 'plan_goal', 'area_id', areaId, ids);
    applyOrder(tx, 'plan_goal', ids);
    return null;
  }),
};
