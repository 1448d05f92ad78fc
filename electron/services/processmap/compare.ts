import { AppError } from '../../../shared/api/errors';
import { PLAN_LIMITS } from '../../../shared/actionplan/schema';
import { compareMaps, type Comparison } from '../../../shared/processmap/compare';
import { mutation, type HandlerMap } from '../../api/handler';
import type { Db } from '../../storage/database';
import { fill, processMapLabels } from '../../exports/labels';
import { insertActivity } from '../actionplan/activities';
import { invalid } from '../actionplan/refuse';
import { mustRead, readActivity, todayOf } from '../actionplan/rows';
import { readSettings } from '../settings/read';
import { elementsOf, lanesOf, toLane } from './rows';

/** Either map of a pair, as the comparison of its nuläge against its önskat läge. */
function comparisonOf(db: Db, mapId: string): Comparison {
  const map = mustRead(db, 'process_map', mapId);
  if (map.pair_id === null) throw new AppError('map_unpaired', 'The map has no counterpart to compare with', { mapId });
  const [currentId, desiredId] = map.state === 'nulage' ? [mapId, String(map.pair_id)] : [String(map.pair_id), mapId];
  const side = (id: string) => ({ lanes: lanesOf(db, id).map(toLane), elements: elementsOf(db, id) });
  return compareMaps({ currentId, desiredId }, side(currentId), side(desiredId));
}

/** The row's suggested activity, in the app's language, within what an activity may hold. */
function suggestedWhat(db: Db, row: Comparison['changes'][number]): string {
  const text = fill(processMapLabels(readSettings(db).language).activity[row.kind], { step: row.step, from: row.fromLane ?? '', to: row.toLane ?? '' });
  return text.length <= PLAN_LIMITS.what ? text : `${text.slice(0, PLAN_LIMITS.what - 1)}…`;
}

export const compareHandlers: HandlerMap = {
  'processMap.compare': ({ id }, { store }) => store.read((db) => comparisonOf(db, id)),

  'processMap.createActivity': mutation('processMap.createActivity', ({ mapId, elementId, areaId, goalId, what }, tx) => {
    const row = comparisonOf(tx.db, mapId).changes.find((change) => change.elementId === elementId);
    if (!row) throw invalid(['elementId'], 'no_change', 'The step is not a row of the change table');
    const plan = mustRead(tx.db, 'plan', String(mustRead(tx.db, 'plan_area', areaId).plan_id));
    if (plan.programme_id !== mustRead(tx.db, 'process_map', mapId).programme_id) throw invalid(['areaId'], 'other_programme', 'The plan belongs to another programme');
    // A second click finds the activity the first one made rather than making a twin.
    const existing = row.activityId !== null && tx.db.prepare('SELECT 1 FROM plan_activity WHERE id = ?').get(row.activityId) ? row.activityId : null;
    const id =
      existing ??
      insertActivity(tx, {
        areaId,
        goalId,
        what: what ?? suggestedWhat(tx.db, row),
        responsibleName: row.responsible,
        responsibleOrganisation: row.toLane ?? row.fromLane ?? '',
        responsibleHuvudman: row.huvudman,
        status: 'ej_paborjad',
        health: 'gron',
        healthReason: '',
      });
    tx.update('map_element', elementId, { activity_id: id });
    return readActivity(tx.db, id, todayOf(tx.now));
  }),
};
