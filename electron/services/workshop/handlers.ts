import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/errors';
import { mutation, type HandlerMap } from '../../api/handler';
import { definedColumns } from '../../storage/rows';
import { listWorkshops, mustFindWorkshop } from './rows';

export const workshopHandlers: HandlerMap = {
  'workshop.list': ({ programmeId }, { store }) =>
    store.read((db) => {
      const exists = db.prepare('SELECT 1 FROM programme WHERE id = ?').get(programmeId);
      if (!exists) throw new AppError('not_found', `No programme with id ${programmeId}`, { entity: 'programme', id: programmeId });
      return listWorkshops(db, programmeId);
    }),

  'workshop.get': ({ id }, { store }) => store.read((db) => mustFindWorkshop(db, id)),

  'workshop.create': mutation('workshop.create', ({ programmeId, ...fields }, tx) => {
    tx.get('programme', programmeId);
    const id = randomUUID();
    tx.insert('workshop', {
      id,
      programme_id: programmeId,
      ...definedColumns(fields),
      created_at: tx.now,
      updated_at: tx.now,
    });
    return mustFindWorkshop(tx.db, id);
  }),

  'workshop.update': mutation('workshop.update', ({ id, ...fields }, tx) => {
    tx.update('workshop', id, definedColumns(fields));
    return mustFindWorkshop(tx.db, id);
  }),

  'workshop.delete': mutation('workshop.delete', ({ id }, tx) => {
    tx.remove('workshop', id);
    return null;
  }),
};
