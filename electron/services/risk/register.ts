import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/errors';
import { DEFAULT_BANDS } from '../../../shared/risk/schema';
import { mutation, type HandlerMap } from '../../api/handler';
import type { Row } from '../../storage/rows';
import { mustRead, todayOf } from '../actionplan/rows';
import { registerView, toRegister } from './rows';

export const registerHandlers: HandlerMap = {
  'riskRegister.forProgramme': ({ programmeId }, { store }) =>
    store.read((db) => {
      mustRead(db, 'programme', programmeId);
      const row = db.prepare('SELECT * FROM risk_register WHERE programme_id = ?').get(programmeId) as Row | undefined;
      return row ? toRegister(row) : null;
    }),

  'riskRegister.create': mutation('riskRegister.create', ({ programmeId }, tx) => {
    tx.get('programme', programmeId);
    const existing = tx.db.prepare('SELECT id FROM risk_register WHERE programme_id = ?').pluck().get(programmeId) as string | undefined;
    if (existing) throw new AppError('register_exists', 'The programme already has a riskregister', { programmeId, registerId: existing });
    const id = randomUUID();
    return toRegister(
      tx.insert('risk_register', { id, programme_id: programmeId, low_max: DEFAULT_BANDS.lowMax, high_min: DEFAULT_BANDS.highMin, next_number: 1, created_at: tx.now, updated_at: tx.now }),
    );
  }),

  'riskRegister.get': ({ id }, { store }) => store.read((db) => registerView(db, id, todayOf(store.now()))),

  /** Only assessments made from now on use the new bands; each earlier one keeps its own. */
  'riskRegister.update': mutation('riskRegister.update', ({ id, bands }, tx) => toRegister(tx.update('risk_register', id, { low_max: bands.lowMax, high_min: bands.highMin }))),

  'riskRegister.delete': mutation('riskRegister.delete', ({ id }, tx) => {
    tx.remove('risk_register', id);
    return null;
  }),
};
