import { randomUUID } from 'node:crypto';
import { ownFields } from '../../../shared/processmap/file';
import type { MapState } from '../../../shared/processmap/schema';
import { templatePlacement } from '../../../shared/processmap/sizes';
import { templateMap } from '../../../shared/processmap/templates';
import { mutation, type HandlerMap } from '../../api/handler';
import type { Row } from '../../storage/rows';
import type { Tx } from '../../storage/transaction';
import { mustRead } from '../actionplan/rows';
import { invalid } from '../actionplan/refuse';
import { readSettings } from '../settings/read';
import { insertElement } from './elements';
import { insertLane } from './lanes';
import { insertArrow, mapView, toMap } from './rows';

export function insertMap(tx: Tx, fields: { programmeId: string; name: string; state: MapState; template: string; pairId: string | null }): string {
  const id = randomUUID();
  tx.insert('process_map', {
    id,
    programme_id: fields.programmeId,
    name: fields.name,
    state: fields.state,
    pair_id: fields.pairId,
    template: fields.template,
    created_at: tx.now,
    updated_at: tx.now,
  });
  return id;
}

/**
 * The new map starts as the source without what only describes how things
 * are today: no challenge cards, no problem markers, no activities. Each copy
 * is linked to its original, so the comparison knows them even once renamed.
 */
function copyContent(tx: Tx, sourceId: string, targetId: string): void {
  const source = mapView(tx.db, sourceId);
  const laneIds = new Map<string, string>();
  for (const lane of source.lanes) laneIds.set(lane.id, insertLane(tx, targetId, lane));
  for (const phase of source.phases) tx.insert('map_phase', { id: randomUUID(), map_id: targetId, name: phase.name, width: phase.width, rank: phase.rank });
  const elements = source.elements.filter((e) => e.kind !== 'challenge');
  const elementIds = new Map<string, string>();
  for (const e of elements) {
    elementIds.set(e.id, insertElement(tx, targetId, { ...ownFields(e), laneId: laneIds.get(e.laneId) ?? '', linkId: e.id }));
  }
  // Pins are set once every copy exists; a pin to a card that was left out goes.
  for (const e of elements) {
    const pinned = e.pinnedTo === null ? undefined : elementIds.get(e.pinnedTo);
    if (pinned !== undefined) tx.update('map_element', elementIds.get(e.id) ?? '', { pinned_to_id: pinned });
  }
  for (const arrow of source.arrows) {
    const from = elementIds.get(arrow.from);
    const to = elementIds.get(arrow.to);
    if (from !== undefined && to !== undefined) insertArrow(tx, targetId, from, to, arrow.label);
  }
}

function fillFromTemplate(tx: Tx, mapId: string, template: Parameters<typeof templateMap>[0]): void {
  const content = templateMap(template, readSettings(tx.db).language);
  const laneIds = content.lanes.map((lane) => insertLane(tx, mapId, lane));
  const elementIds = new Map<string, string>();
  for (const element of content.elements) {
    const { x, offset } = templatePlacement(element.kind, element.column);
    elementIds.set(element.key, insertElement(tx, mapId, { kind: element.kind, laneId: laneIds[element.lane] ?? '', x, offset, label: element.label, responsible: element.responsible }));
  }
  for (const arrow of content.arrows) insertArrow(tx, mapId, elementIds.get(arrow.from) ?? '', elementIds.get(arrow.to) ?? '', arrow.label);
}

export const mapHandlers: HandlerMap = {
  'processMap.list': ({ programmeId }, { store }) =>
    store.read((db) => {
      mustRead(db, 'programme', programmeId);
      return (db.prepare('SELECT * FROM process_map WHERE programme_id = ? ORDER BY name, state, rowid').all(programmeId) as Row[]).map(toMap);
    }),

  'processMap.get': ({ id }, { store }) => store.read((db) => mapView(db, id)),

  /** A template's texts are written in the app's language at the time, and are the user's from then on. */
  'processMap.create': mutation('processMap.create', ({ programmeId, name, state, template }, tx) => {
    tx.get('programme', programmeId);
    const id = insertMap(tx, { programmeId, name, state, template, pairId: null });
    fillFromTemplate(tx, id, template);
    return toMap(tx.get('process_map', id));
  }),

  'processMap.createCounterpart': mutation('processMap.createCounterpart', ({ counterpartOf, copy }, tx) => {
    const source = tx.get('process_map', counterpartOf);
    if (source.pair_id !== null) throw invalid(['counterpartOf'], 'already_paired', 'The map already has its counterpart');
    const id = insertMap(tx, {
      programmeId: String(source.programme_id),
      name: String(source.name),
      state: source.state === 'nulage' ? 'onskat' : 'nulage',
      template: String(source.template),
      pairId: source.id,
    });
    tx.update('process_map', source.id, { pair_id: id });
    if (copy) copyContent(tx, source.id, id);
    else fillFromTemplate(tx, id, 'empty');
    return toMap(tx.get('process_map', id));
  }),

  /** A pair is one process, so its name is kept alike in both maps. */
  'processMap.update': mutation('processMap.update', ({ id, name }, tx) => {
    const map = tx.get('process_map', id);
    if (name !== undefined) {
      tx.update('process_map', id, { name });
      if (map.pair_id !== null) tx.update('process_map', String(map.pair_id), { name });
    }
    return toMap(tx.get('process_map', id));
  }),

  'processMap.delete': mutation('processMap.delete', ({ id }, tx) => {
    tx.remove('process_map', id);
    return null;
  }),
};
