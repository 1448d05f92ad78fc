import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import { documentIssues } from '../../../shared/processmap/document';
import { MapArrow, MapElement, MapLane, MapPhase, ProcessMap, type MapView } from '../../../shared/processmap/schema';
import type { Db } from '../../storage/database';
import type { Row } from '../../storage/rows';
import type { Tx } from '../../storage/transaction';
import { mustRead } from '../actionplan/rows';

/**
 * A stored map part this app cannot read: a kind or value from another
 * version, or a reference to nothing, in a database restored from a file
 * whose schema let it through. It is refused by name on that map alone, as
 * `map_unreadable`, rather than thrown as a bug; the rest of the app and the
 * map's deletion keep working.
 */
function unreadable(table: string, id: unknown, field: string): AppError {
  return new AppError('map_unreadable', `${table} ${String(id)} cannot be read (${field})`, { table, id: String(id), field });
}

function checked<T>(schema: z.ZodType<T>, table: string, raw: Readonly<Record<string, unknown>>): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw unreadable(table, raw.id, parsed.error.issues[0]?.path.join('.') ?? '');
  return parsed.data;
}

export function toMap(row: Row): ProcessMap {
  return checked(ProcessMap, 'process_map', {
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
  return checked(MapLane, 'map_lane', { id: row.id, mapId: row.map_id, name: row.name, height: row.height, huvudman: row.huvudman, rank: row.rank });
}

export function toPhase(row: Row): MapPhase {
  return checked(MapPhase, 'map_phase', { id: row.id, mapId: row.map_id, name: row.name, width: row.width, rank: row.rank });
}

/** A card's notes: pinned one by one, or whatever its cluster holds now. */
interface CardSource {
  readonly noteIds: readonly string[];
  readonly clusterNotes: number;
}

export function toElement(row: Row, source: CardSource): MapElement {
  return checked(MapElement, 'map_element', {
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
  return checked(MapArrow, 'map_arrow', { id: row.id, mapId: row.map_id, from: row.from_id, to: row.to_id, label: row.label });
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

const PART_TABLES = { lanes: 'map_lane', elements: 'map_element', arrows: 'map_arrow' } as const;

/**
 * Every row readable, and every lane, pin and arrow end found in the map
 * itself, or `map_unreadable` naming the first part at fault. An element
 * reaching past its lane's edge is drawn as it is rather than refused: it
 * breaks nothing, and the next move snaps it back.
 */
export function mapView(db: Db, id: string): MapView {
  const view = {
    map: toMap(mustRead(db, 'process_map', id)),
    lanes: lanesOf(db, id).map(toLane),
    phases: (db.prepare('SELECT * FROM map_phase WHERE map_id = ? ORDER BY rank, rowid').all(id) as Row[]).map(toPhase),
    elements: elementsOf(db, id),
    arrows: (db.prepare('SELECT * FROM map_arrow WHERE map_id = ? ORDER BY created_at, rowid').all(id) as Row[]).map(toArrow),
  };
  const issue = documentIssues(view).find((found) => found.code !== 'outside_lane');
  if (issue) {
    const [part, index, field] = issue.path as [keyof typeof PART_TABLES, number, string];
    throw unreadable(PART_TABLES[part], view[part][index]?.id, field);
  }
  return view;
}
