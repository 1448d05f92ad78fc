import { randomUUID } from 'node:crypto';
import { mutation, type HandlerMap } from '../../api/handler';
import type { Tx } from '../../storage/transaction';
import { requireInMap } from './elements';
import { toArrow } from './rows';

export function insertArrow(tx: Tx, mapId: string, from: string, to: string, label: string): string {
  const id = randomUUID();
  tx.insert('map_arrow', { id, map_id: mapId, from_id: from, to_id: to, label, created_at: tx.now });
  return id;
}

export const arrowHandlers: HandlerMap = {
  /** Both ends must be elements of the map; an arrow back to an earlier step, or to its own, is a loop and fine. */
  'mapArrow.create': mutation('mapArrow.create', ({ mapId, from, to, label }, tx) => {
    tx.get('process_map', mapId);
    requireInMap(tx.db, 'map_element', from, mapId, ['from']);
    requireInMap(tx.db, 'map_element', to, mapId, ['to']);
    return toArrow(tx.get('map_arrow', insertArrow(tx, mapId, from, to, label)));
  }),

  'mapArrow.update': mutation('mapArrow.update', ({ id, label }, tx) => toArrow(tx.update('map_arrow', id, { label }))),

  'mapArrow.delete': mutation('mapArrow.delete', ({ ids }, tx) => {
    for (const id of new Set(ids)) tx.remove('map_arrow', id);
    return null;
  }),
};
