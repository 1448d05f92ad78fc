import { randomUUID } from 'node:crypto';
import type { ElementCreate, ElementKind } from '../../../shared/processmap/schema';
import { clampOffset, placeInLane, type LaneBand } from '../../../shared/processmap/lanes';
import { defaultSize } from '../../../shared/processmap/sizes';
import { mutation, type HandlerMap } from '../../api/handler';
import type { Db } from '../../storage/database';
import { definedColumns, type Row } from '../../storage/rows';
import type { Tx } from '../../storage/transaction';
import { mustRead } from '../actionplan/rows';
import { invalid } from '../actionplan/refuse';
import { claimLink } from './links';
import { insertArrow, lanesOf, readElement, toArrow } from './rows';

type Path = readonly (string | number)[];

export interface ElementInput {
  readonly kind: ElementKind;
  readonly laneId: string;
  readonly x: number;
  readonly offset: number;
  readonly width?: number | undefined;
  readonly height?: number | undefined;
  readonly label?: string | undefined;
  readonly description?: string | undefined;
  readonly responsible?: string | undefined;
  readonly problem?: boolean | undefined;
  readonly clusterId?: string | null | undefined;
  readonly pinnedTo?: string | null | undefined;
  readonly linkId?: string | null | undefined;
}

/** A row of this map's table, else `validation_failed` on the field that named it. */
export function requireInMap(db: Db, table: 'map_lane' | 'map_element', id: string, mapId: string, field: readonly (string | number)[]): Row {
  const row = db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Row | undefined;
  if (!row) throw invalid(field, table === 'map_lane' ? 'unknown_lane' : 'unknown_element', `No such ${table === 'map_lane' ? 'lane' : 'element'} in the map`);
  if (row.map_id !== mapId) throw invalid(field, 'other_map', 'It belongs to another map');
  return row;
}

export function insertElement(tx: Tx, mapId: string, input: ElementInput): string {
  const id = randomUUID();
  const size = defaultSize(input.kind);
  tx.insert('map_element', {
    id,
    map_id: mapId,
    lane_id: input.laneId,
    kind: input.kind,
    x: input.x,
    lane_offset: input.offset,
    width: input.width ?? size.width,
    height: input.height ?? size.height,
    label: input.label ?? '',
    description: input.description ?? '',
    responsible: input.responsible ?? '',
    problem: input.problem ? 1 : 0,
    cluster_id: input.clusterId ?? null,
    pinned_to_id: input.pinnedTo ?? null,
    link_id: input.linkId ?? null,
    activity_id: null,
    created_at: tx.now,
    updated_at: tx.now,
  });
  return id;
}

/** A lane and offset for an element dropped with its top at `y`; a drop outside every lane is refused on `field`. */
function place(lanes: readonly LaneBand[], y: number, height: number, field: Path) {
  const placed = placeInLane(lanes, y, height);
  if (!placed) throw invalid(field, 'outside_lane', 'The place is outside every lane');
  return { laneId: placed.lane.id, offset: placed.offset };
}

export const laneBand = (row: Row) => ({ id: row.id, rank: Number(row.rank), height: Number(row.height) });
const bandsOf = (db: Db, mapId: string) => lanesOf(db, mapId).map(laneBand);

/** Only a nuläge shows problems; önskat läge is how it should work. */
function requireProblemAllowed(db: Db, mapId: string, problem: boolean | undefined, at: Path = []): void {
  if (problem && mustRead(db, 'process_map', mapId).state !== 'nulage') throw invalid([...at, 'problem'], 'not_current', 'Only a nuläge marks problems');
}

/** A challenge card's source: a cluster or notes from a workshop of the map's programme, not both. */
function requireCardSource(db: Db, mapId: string, kind: ElementKind, clusterId: string | null, noteIds: readonly string[], at: Path): void {
  if (kind !== 'challenge') {
    if (clusterId !== null) throw invalid([...at, 'clusterId'], 'not_card', 'Only a challenge card links to a cluster');
    if (noteIds.length > 0) throw invalid([...at, 'noteIds'], 'not_card', 'Only a challenge card links to notes');
    return;
  }
  if (clusterId !== null && noteIds.length > 0) throw invalid([...at, 'noteIds'], 'either', 'A card stands for a cluster or for notes, not both');
  const programmeId = mustRead(db, 'process_map', mapId).programme_id;
  const inProgramme = (table: 'cluster' | 'note', id: string, field: Path) => {
    const workshop = mustRead(db, table, id).workshop_id;
    if (mustRead(db, 'workshop', String(workshop)).programme_id !== programmeId) throw invalid(field, 'other_programme', 'It belongs to another programme');
  };
  if (clusterId !== null) inProgramme('cluster', clusterId, [...at, 'clusterId']);
  noteIds.forEach((noteId, index) => inProgramme('note', noteId, [...at, 'noteIds', index]));
  if (new Set(noteIds).size !== noteIds.length) throw invalid([...at, 'noteIds'], 'duplicate', 'A note is listed twice');
}

/** A card without its own text shows its source's: the cluster's heading or the first note. */
function cardLabel(db: Db, clusterId: string | null, noteIds: readonly string[]): string {
  if (clusterId !== null) return String(mustRead(db, 'cluster', clusterId).heading);
  const first = noteIds[0];
  return first === undefined ? '' : String(mustRead(db, 'note', first).text).split('\n')[0]!.slice(0, 300);
}

function requirePin(db: Db, mapId: string, pinnedTo: string | null | undefined, self?: string, at: Path = []): void {
  if (pinnedTo === null || pinnedTo === undefined) return;
  if (pinnedTo === self) throw invalid([...at, 'pinnedTo'], 'self', 'An element cannot be pinned to itself');
  requireInMap(db, 'map_element', pinnedTo, mapId, [...at, 'pinnedTo']);
}

/** The explicit match for the comparison: an element of the paired map. */
function requireLink(db: Db, mapId: string, linkId: string | null | undefined): void {
  if (linkId === null || linkId === undefined) return;
  const pairId = mustRead(db, 'process_map', mapId).pair_id;
  const target = db.prepare('SELECT map_id FROM map_element WHERE id = ?').pluck().get(linkId) as string | undefined;
  if (target === undefined) throw invalid(['linkId'], 'unknown_element', 'No such element');
  if (pairId === null || target !== pairId) throw invalid(['linkId'], 'other_map', 'The element is not in the paired map');
}

/** One new element, its errors on fields under `at`; returns its id. */
function createElement(tx: Tx, mapId: string, lanes: readonly LaneBand[], input: Omit<ElementCreate, 'mapId'>, at: Path): string {
  const { kind, x, y, width, height, label, description, responsible, problem, clusterId, noteIds, pinnedTo } = input;
  requireProblemAllowed(tx.db, mapId, problem, at);
  requireCardSource(tx.db, mapId, kind, clusterId, noteIds, at);
  requirePin(tx.db, mapId, pinnedTo, undefined, at);
  const size = { width: width ?? defaultSize(kind).width, height: height ?? defaultSize(kind).height };
  const { laneId, offset } = place(lanes, y, size.height, [...at, 'y']);
  const text = label === '' && kind === 'challenge' ? cardLabel(tx.db, clusterId, noteIds) : label;
  const id = insertElement(tx, mapId, { kind, laneId, x, offset, ...size, label: text, description, responsible, problem, clusterId, pinnedTo });
  noteIds.forEach((noteId, index) => tx.insert('map_card_note', { id: randomUUID(), element_id: id, note_id: noteId, rank: index + 1 }));
  return id;
}

export const elementHandlers: HandlerMap = {
  'mapElement.create': mutation('mapElement.create', ({ mapId, ...input }, tx) => {
    tx.get('process_map', mapId);
    return readElement(tx.db, createElement(tx, mapId, bandsOf(tx.db, mapId), input, []));
  }),

  /** Pasted copies: the elements and the arrows among them (by index), as one undoable step. */
  'mapElement.createMany': mutation('mapElement.createMany', ({ mapId, elements, arrows }, tx) => {
    tx.get('process_map', mapId);
    const lanes = bandsOf(tx.db, mapId);
    const ids = elements.map((input, index) => createElement(tx, mapId, lanes, input, ['elements', index]));
    const arrowIds = arrows.map((arrow) => insertArrow(tx, mapId, ids[arrow.from]!, ids[arrow.to]!, arrow.label));
    return { elements: ids.map((id) => readElement(tx.db, id)), arrows: arrowIds.map((id) => toArrow(tx.get('map_arrow', id))) };
  }),

  'mapElement.update': mutation('mapElement.update', ({ id, laneId, width, height, problem, pinnedTo, linkId, ...text }, tx) => {
    const before = tx.get('map_element', id);
    const mapId = String(before.map_id);
    requireProblemAllowed(tx.db, mapId, problem);
    requirePin(tx.db, mapId, pinnedTo, id);
    requireLink(tx.db, mapId, linkId);
    if (linkId !== undefined) claimLink(tx, id, linkId);
    const lane = requireInMap(tx.db, 'map_lane', laneId ?? String(before.lane_id), mapId, ['laneId']);
    const newHeight = height ?? Number(before.height);
    if (newHeight > Number(lane.height)) throw invalid([height === undefined ? 'laneId' : 'height'], 'outside_lane', 'The element is taller than the lane');
    tx.update(
      'map_element',
      id,
      definedColumns({
        ...text,
        width,
        height,
        lane_id: laneId,
        lane_offset: clampOffset(Number(before.lane_offset), newHeight, Number(lane.height)),
        problem: problem === undefined ? undefined : problem ? 1 : 0,
        pinned_to_id: pinnedTo,
        link_id: linkId,
      }),
    );
    return readElement(tx.db, id);
  }),

  'mapElement.move': mutation('mapElement.move', ({ mapId, moves }, tx) => {
    tx.get('process_map', mapId);
    if (new Set(moves.map((m) => m.id)).size !== moves.length) throw invalid(['moves'], 'duplicate', 'An element is listed twice');
    // Read once: a move changes no lane, and "Ordna" moves every element of the map at once.
    const lanes = bandsOf(tx.db, mapId);
    moves.forEach((move, index) => {
      const element = requireInMap(tx.db, 'map_element', move.id, mapId, ['moves', index, 'id']);
      const { laneId, offset } = place(lanes, move.y, Number(element.height), ['moves', index, 'y']);
      tx.update('map_element', move.id, { x: move.x, lane_id: laneId, lane_offset: offset });
    });
    return null;
  }),

  'mapElement.delete': mutation('mapElement.delete', ({ ids, arrowIds }, tx) => {
    // Arrows first: one of them may also be an arrow of a deleted element, which would take it along.
    for (const id of new Set(arrowIds)) tx.remove('map_arrow', id);
    for (const id of new Set(ids)) tx.remove('map_element', id);
    return null;
  }),
};
