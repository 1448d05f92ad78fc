import { randomUUID } from 'node:crypto';
import { MAP_LIMITS } from '../../../shared/processmap/schema';
import { DEFAULT_PHASE_WIDTH } from '../../../shared/processmap/sizes';
import { mutation, type HandlerMap } from '../../api/handler';
import type { Db } from '../../storage/database';
import { definedColumns } from '../../storage/rows';
import { applyOrder, nextRank, requireChildren } from '../actionplan/order';
import { invalid } from '../actionplan/refuse';
import { toPhase } from './rows';

const phaseCount = (db: Db, mapId: string) => db.prepare('SELECT COUNT(*) FROM map_phase WHERE map_id = ?').pluck().get(mapId) as number;

export const phaseHandlers: HandlerMap = {
  'mapPhase.create': mutation('mapPhase.create', ({ mapId, name, width }, tx) => {
    tx.get('process_map', mapId);
    if (phaseCount(tx.db, mapId) >= MAP_LIMITS.phases) throw invalid(['mapId'], 'too_many_phases', `A map has at most ${MAP_LIMITS.phases} phases`);
    const id = randomUUID();
    tx.insert('map_phase', { id, map_id: mapId, name, width: width ?? DEFAULT_PHASE_WIDTH, rank: nextRank(tx.db, 'map_phase', 'map_id', mapId) });
    return toPhase(tx.get('map_phase', id));
  }),

  'mapPhase.update': mutation('mapPhase.update', ({ id, name, width }, tx) => {
    tx.get('map_phase', id);
    return toPhase(tx.update('map_phase', id, definedColumns({ name, width })));
  }),

  'mapPhase.delete': mutation('mapPhase.delete', ({ id }, tx) => {
    tx.remove('map_phase', id);
    return null;
  }),

  /** The whole order at once: a partial list would leave the unnamed phases' ranks colliding with the new ones. */
  'mapPhase.reorder': mutation('mapPhase.reorder', ({ mapId, ids }, tx) => {
    tx.get('process_map', mapId);
    requireChildren(tx.db, 'map_phase', 'map_id', mapId, ids);
    if (ids.length !== phaseCount(tx.db, mapId)) throw invalid(['ids'], 'incomplete', 'List every phase of the map');
    applyOrder(tx, 'map_phase', ids);
    return null;
  }),
};
