import { mutation, type HandlerMap } from '../../api/handler';
import { requireInMap } from './elements';
import { insertArrow, toArrow } from './rows';

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
