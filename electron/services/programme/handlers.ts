import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/errors';
import type { Programme } from '../../../shared/programme/schema';
import { mutation, type HandlerMap } from '../../api/handler';
import { definedColumns } from '../../storage/rows';
import type { Db } from '../../storage/database';
import { findProgramme, listProgrammes } from './rows';

function mustFind(db: Db, id: string): Programme {
  const programme = findProgramme(db, id);
  if (!programme) throw new AppError('not_found', `No programme with id ${id}`, { entity: 'programme', id });
  return programme;
}

export const programmeHandlers: HandlerMap = {
  'programme.list': (_input, { store }) => store.read(listProgrammes),

  'programme.get': ({ id }, { store }) => store.read((db) => mustFind(db, id)),

  'programme.create': mutation('programme.create', (fields, tx) => {
    const id = randomUUID();
    tx.insert('programme', {
      id,
      ...definedColumns(fields),
      is_example: 0,
      created_at: tx.now,
      updated_at: tx.now,
    });
    return mustFind(tx.db, id);
  }),

  'programme.update': mutation('programme.update', ({ id, ...fields }, tx) => {
    tx.update('programme', id, definedColumns(fields));
    return mustFind(tx.db, id);
  }),

  'programme.delete': mutation('programme.delete', ({ id }, tx) => {
    tx.remove('programme', id);
    return null;
  }),
};
