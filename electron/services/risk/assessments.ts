import { mutation, type HandlerMap } from '../../api/handler';
import { assessmentHistory, readAssessment } from './rows';
import { insertAssessment } from './write';

export const assessmentHandlers: HandlerMap = {
  'risk.assess': mutation('risk.assess', ({ riskId, ...input }, tx) => readAssessment(tx.db, insertAssessment(tx, riskId, input).id)),

  'risk.history': ({ id }, { store }) => store.read((db) => assessmentHistory(db, id)),
};
