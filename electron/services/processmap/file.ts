/**
 * A map as a file of its own (shared/processmap/file.ts): written from the
 * stored map in the app's language, and read back into a programme as a
 * new, unpaired map. A file from outside goes through the bounded JSON
 * reader and the file check before any transaction starts; the map is then
 * created as one undoable step, or not at all.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/errors';
import { leftOut, type MapFile, mapFileOf, readMapFile } from '../../../shared/processmap/file';
import { mutation, type HandlerMap } from '../../api/handler';
import { exportFile, JSON_MIME } from '../../exports/files';
import { fill, processMapLabels } from '../../exports/labels';
import { readJson } from '../../files/read-json';
import type { Tx } from '../../storage/transaction';
import { readSettings } from '../settings/read';
import { insertElement } from './elements';
import { insertLane } from './lanes';
import { insertMap } from './maps';
import { insertArrow, mapView, toMap } from './rows';

/** Issues beyond these are left out: the first ones say what to fix. */
const MAX_ISSUES = 20;

function checkedFile(base64: string): MapFile {
  const read = readMapFile(readJson(Buffer.from(base64, 'base64')));
  if (read.ok) return read.file;
  throw new AppError(
    'validation_failed',
    'The map file is not valid',
    read.issues.slice(0, MAX_ISSUES).map(({ path, reason, ...found }) => ({ path: ['file', ...path], code: 'custom', message: reason, params: { reason, ...found } })),
  );
}

/** Lanes and elements are named by their ids in the file until they have ids of their own. */
function createFromFile(tx: Tx, programmeId: string, file: MapFile): string {
  const mapId = insertMap(tx, { programmeId, name: file.name, state: file.state, template: 'empty', pairId: null });
  const laneIds = new Map(file.lanes.map((lane) => [lane.id, insertLane(tx, mapId, lane)]));
  file.phases.forEach((phase, index) => tx.insert('map_phase', { id: randomUUID(), map_id: mapId, name: phase.name, width: phase.width, rank: index + 1 }));
  const elementIds = new Map<string, string>();
  // Pins are set once every element exists: a pin may name an element later in the file.
  for (const { id, laneId, ...element } of file.elements) elementIds.set(id, insertElement(tx, mapId, { ...element, laneId: laneIds.get(laneId)!, pinnedTo: null }));
  for (const element of file.elements) {
    if (element.pinnedTo !== null) tx.update('map_element', elementIds.get(element.id)!, { pinned_to_id: elementIds.get(element.pinnedTo)! });
  }
  for (const arrow of file.arrows) insertArrow(tx, mapId, elementIds.get(arrow.from)!, elementIds.get(arrow.to)!, arrow.label);
  return mapId;
}

export const mapFileHandlers: HandlerMap = {
  'processMap.exportFile': ({ id }, { store }) =>
    store.read((db) => {
      const view = mapView(db, id);
      const labels = processMapLabels(readSettings(db).language);
      const lost = leftOut(view);
      const notes = (['cardSources', 'links', 'activities'] as const).flatMap((what) => (lost[what] > 0 ? [fill(labels.file.notes[what], { count: lost[what] })] : []));
      const programme = db.prepare('SELECT name FROM programme WHERE id = ?').pluck().get(view.map.programmeId) as string;
      const file = mapFileOf(view, { programme, exportedAt: store.now(), notes });
      return exportFile(`${view.map.name} – ${labels.states[view.map.state]}`, 'json', JSON_MIME, Buffer.from(`${JSON.stringify(file, null, 2)}\n`, 'utf8'));
    }),

  'processMap.import': (input, ctx) => {
    const file = checkedFile(input.file.base64);
    return mutation('processMap.import', ({ programmeId }, tx) => {
      tx.get('programme', programmeId);
      return toMap(tx.get('process_map', createFromFile(tx, programmeId, file)));
    })(input, ctx);
  },
};
