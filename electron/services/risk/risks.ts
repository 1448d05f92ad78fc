import { mutation, type HandlerMap } from '../../api/handler';
import { todayOf } from '../actionplan/rows';
import { readRiskRow } from './rows';
import { insertAssessment, insertRisk, riskColumns } from './write';

export const riskEditHandlers: HandlerMap = {
  /** With a first assessment, the risk and its rating are one step to undo. */
  'risk.create': mutation('risk.create', ({ registerId, origin, assessment, ...fields }, tx) => {
    const risk = insertRisk(tx, registerId, fields, origin);
    if (assessment) insertAssessment(tx, risk.id, { kind: 'inherent', ...assessment });
    return readRiskRow(tx.db, risk.id, todayOf(tx.now));
  }),

  'risk.update': mutation('risk.update', ({ id, ...fields }, tx) => {
    tx.update('risk', id, riskColumns(fields));
    return readRiskRow(tx.db, id, todayOf(tx.now));
  }),

  'risk.delete': mutation('risk.delete', ({ id }, tx) => {
    tx.remove('risk', id);
    return null;
  }),
};
