import { randomUUID } from 'node:crypto';
import { ElementKind, type MapState } from '../../../shared/processmap/schema';
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
import { insertArrow, lanesOf, mapView, toLane, toMap } from './rows';

function insertMap(tx: Tx, fields: { programmeId: string; name: string; state: MapState; template: string; pairId: string | null }): string {
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
  const laneIds = new Map<string, string>();
  for (const lane of lanesOf(tx.db, sourceId).map(toLane)) laneIds.set(lane.id, insertLane(tx, targetId, lane));
  for (const phase of tx.db.prepare('SELECT * FROM map_phase WHERE map_id = ? ORDER BY rank, rowid').all(sourceId) as Row[]) {
    tx.insert('map_phase', { ...phase, id: randomUUID(), map_id: targetId });
  }
  const elements = tx.db.prepare("SELECT * FROM map_element WHERE map_id = ? AND kind <> 'challenge' ORDER BY x, rowid").all(sourceId) as Row[];
  const elementIds = new Map<string, string>();
  for (const e of elements) {
    const copy = insertElement(tx, targetId, {
      kind: ElementKind.parse(e.kind),
      laneId: laneIds.get(String(e.lane_id)) ?? '',
      x: Number(e.x),
      offset: Number(e.lane_offset),
      width: Number(e.width),
      height: Number(e.height),
      label: String(e.label),
      description: String(e.description),
      responsible: String(e.responsible),
      linkId: e.id,
    });
    elementIds.set(e.id, copy);
  }
  // Pins are set once every copy exists; a pin to a card that was left out goes.
  for (const e of elements) {
    const pinned = e.pinned_to_id === null ? undefined : elementIds.get(String(e.pinned_to_id));
    if (pinned !== undefined) tx.update('map_element', elementIds.get(e.id) ?? '', { pinned_to_id: pinned });
  }
  for (const arrow of tx.db.prepare('SELECT * FROM map_arrow WHERE map_id = ? ORDER BY created_at, rowid').all(sourceId) as Row[]) {
    const from = elementIds.get(String(arrow.from_id));
    const to = elementIds.get(String(arrow.to_id));
    if (from !== undefined && to !== undefined) insertArrow(tx, targetId, from, to, String(arrow.label));
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
