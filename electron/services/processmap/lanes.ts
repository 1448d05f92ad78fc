import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/errors';
import type { Huvudman } from '../../../shared/participant/schema';
import { MAP_LIMITS } from '../../../shared/processmap/schema';
import { clampOffset, laneMinHeight } from '../../../shared/processmap/lanes';
import { DEFAULT_LANE_HEIGHT } from '../../../shared/processmap/sizes';
import { mutation, type HandlerMap } from '../../api/handler';
import { definedColumns, type Row } from '../../storage/rows';
import type { Tx } from '../../storage/transaction';
import { applyOrder, nextRank, requireChildren } from '../actionplan/order';
import { invalid } from '../actionplan/refuse';
import { requireInMap } from './elements';
import { toLane } from './rows';

export function insertLane(tx: Tx, mapId: string, fields: { name: string; height?: number | undefined; huvudman?: Huvudman | null | undefined }): string {
  const id = randomUUID();
  tx.insert('map_lane', { id, map_id: mapId, name: fields.name, height: fields.height ?? DEFAULT_LANE_HEIGHT, huvudman: fields.huvudman ?? null, rank: nextRank(tx.db, 'map_lane', 'map_id', mapId) });
  return id;
}

const laneElements = (tx: Tx, laneId: string) => tx.db.prepare('SELECT * FROM map_element WHERE lane_id = ?').all(laneId) as Row[];

export const laneHandlers: HandlerMap = {
  'mapLane.create': mutation('mapLane.create', ({ mapId, ...fields }, tx) => {
    tx.get('process_map', mapId);
    const count = tx.db.prepare('SELECT COUNT(*) FROM map_lane WHERE map_id = ?').pluck().get(mapId) as number;
    if (count >= MAP_LIMITS.lanes) throw invalid(['mapId'], 'too_many_lanes', `A map has at most ${MAP_LIMITS.lanes} lanes`);
    return toLane(tx.get('map_lane', insertLane(tx, mapId, fields)));
  }),

  'mapLane.update': mutation('mapLane.update', ({ id, name, height, huvudman }, tx) => {
    tx.get('map_lane', id);
    if (height !== undefined) {
      const minimum = laneMinHeight(laneElements(tx, id).map((e) => ({ offset: Number(e.lane_offset), height: Number(e.height) })));
      if (height < minimum) {
        throw new AppError('validation_failed', 'The lane would cut off its elements', [{ path: ['height'], code: 'too_small', minimum, message: `At least ${minimum}` }]);
      }
    }
    return toLane(tx.update('map_lane', id, definedColumns({ name, height, huvudman })));
  }),

  'mapLane.delete': mutation('mapLane.delete', ({ id, moveTo }, tx) => {
    const lane = tx.get('map_lane', id);
    const mapId = String(lane.map_id);
    const lanes = tx.db.prepare('SELECT COUNT(*) FROM map_lane WHERE map_id = ?').pluck().get(mapId) as number;
    if (lanes <= 1) throw invalid(['id'], 'last_lane', 'A map keeps at least one lane');
    const elements = laneElements(tx, id);
    if (elements.length > 0 && moveTo === undefined) throw new AppError('lane_not_empty', 'Say which lane the elements move to', { laneId: id, count: elements.length });
    if (moveTo !== undefined) {
      if (moveTo === id) throw invalid(['moveTo'], 'same_lane', 'The elements cannot stay in the lane being deleted');
      const target = requireInMap(tx.db, 'map_lane', moveTo, mapId, ['moveTo']);
      for (const element of elements) {
        const height = Number(element.height);
        if (height > Number(target.height)) throw invalid(['moveTo'], 'outside_lane', 'An element is taller than that lane');
        tx.update('map_element', element.id, { lane_id: moveTo, lane_offset: clampOffset(Number(element.lane_offset), height, Number(target.height)) });
      }
    }
    tx.remove('map_lane', id);
    return null;
  }),

  'mapLane.reorder': mutation('mapLane.reorder', ({ mapId, ids }, tx) => {
    tx.get('process_map', mapId);
    requireChildren(tx.db, 'map_lane', 'map_id', mapId, ids);
    applyOrder(tx, 'map_lane', ids);
    return null;
  }),
};
