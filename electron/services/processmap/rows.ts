import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/errors';
import { MapArrow, MapElement, MapLane, MapPhase, ProcessMap, type MapView } from '../../../shared/processmap/schema';
import type { Db } from '../../storage/database';
import type { Row } from '../../storage/rows';
import type { Tx } from '../../storage/transaction';
import { mustRead } from '../actionplan/rows';

export function toMap(row: Row): ProcessMap {
  return ProcessMap.parse({
    id: row.id,
    programmeId: row.programme_id,
    name: row.name,
    state: row.state,
    pairId: row.pair_id,
    template: row.template,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

export function toLane(row: Row): MapLane {
  return MapLane.parse({ id: row.id, mapId: row.map_id, name: row.name, height: row.height, huvudman: row.huvudman, rank: row.rank });
}

export function toPhase(row: Row): MapPhase {
  return MapPhase.parse({ id: row.id, mapId: row.map_id, name: row.name, width: row.width, rank: row.rank });
}

/** A card's notes: pinned one by one, or whatever its cluster holds now. */
interface CardSource {
  readonly noteIds: readonly string[];
  readonly clusterNotes: number;
}

export function toElement(row: Row, source: CardSource): MapElement {
  return MapElement.parse({
    id: row.id,
    mapId: row.map_id,
    kind: row.kind,
    laneId: row.lane_id,
    x: row.x,
    offset: row.lane_offset,
    width: row.width,
    height: row.height,
    label: row.label,
    description: row.description,
    responsible: row.responsible,
    problem: row.problem === 1,
    clusterId: row.cluster_id,
    noteIds: source.noteIds,
    noteCount: row.cluster_id === null ? source.noteIds.length : source.clusterNotes,
    pinnedTo: row.pinned_to_id,
    linkId: row.link_id,
    activityId: row.activity_id,
  });
}

export function toArrow(row: Row): MapArrow {
  return MapArrow.parse({ id: row.id, mapId: row.map_id, from: row.from_id, to: row.to_id, label: row.label });
}

/** A new arrow's row, for every way one is made (drawn, pasted, copied into the önskat läge, from a template); the caller has checked both ends. */
export function insertArrow(tx: Tx, mapId: string, from: string, to: string, label: string): string {
  const id = randomUUID();
  tx.insert('map_arrow', { id, map_id: mapId, from_id: from, to_id: to, label, created_at: tx.now });
  return id;
}

export const lanesOf = (db: Db, mapId: string): Row[] => db.prepare('SELECT * FROM map_lane WHERE map_id = ? ORDER BY rank, rowid').all(mapId) as Row[];

/** The notes behind each challenge card of a map, in the order they were pinned. */
function cardNotes(db: Db, mapId: string): Map<string, string[]> {
  const rows = db
    .prepare('SELECT c.element_id, c.note_id FROM map_card_note c JOIN map_element e ON e.id = c.element_id WHERE e.map_id = ? ORDER BY c.rank, c.rowid')
    .all(mapId) as { element_id: string; note_id: string }[];
  const byCard = new Map<string, string[]>();
  for (const row of rows) byCard.set(row.element_id, [...(byCard.get(row.element_id) ?? []), row.note_id]);
  return byCard;
}

const ELEMENT_SELECT = 'SELECT e.*, (SELECT COUNT(*) FROM note n WHERE n.cluster_id = e.cluster_id) AS cluster_notes FROM map_element e';

export function elementsOf(db: Db, mapId: string): MapElement[] {
  const notes = cardNotes(db, mapId);
  const rows = db.prepare(`${ELEMENT_SELECT} WHERE e.map_id = ? ORDER BY e.x, e.rowid`).all(mapId) as Row[];
  return rows.map((row) => toElement(row, { noteIds: notes.get(row.id) ?? [], clusterNotes: Number(row.cluster_notes) }));
}

export function readElement(db: Db, id: string): MapElement {
  const row = db.prepare(`${ELEMENT_SELECT} WHERE e.id = ?`).get(id) as Row | undefined;
  if (!row) throw new AppError('not_found', `No map_element with id ${id}`, { entity: 'map_element', id });
  const noteIds = db.prepare('SELECT note_id FROM map_card_note WHERE element_id = ? ORDER BY rank, rowid').pluck().all(id) as string[];
  return toElement(row, { noteIds, clusterNotes: Number(row.cluster_notes) });
}

export function mapView(db: Db, id: string): MapView {
  return {
    map: toMap(mustRead(db, 'process_map', id)),
    lanes: lanesOf(db, id).map(toLane),
    phases: (db.prepare('SELECT * FROM map_phase WHERE map_id = ? ORDER BY rank, rowid').all(id) as Row[]).map(toPhase),
    elements: elementsOf(db, id),
    arrows: (db.prepare('SELECT * FROM map_arrow WHERE map_id = ? ORDER BY created_at, rowid').all(id) as Row[]).map(toArrow),
  };
}
