import { Cluster, Note, type ColourMode } from '../../../shared/board/schema';
import { layoutBoard, type BoardLayout } from '../../../shared/board/layout';
import { AppError } from '../../../shared/api/errors';
import type { Db } from '../../storage/database';
import type { Row } from '../../storage/rows';

export function toNote(row: Row): Note {
  return Note.parse({
    id: row.id,
    workshopId: row.workshop_id,
    text: row.text,
    colour: row.colour,
    authorId: row.author_id,
    clusterId: row.cluster_id,
    x: row.x,
    y: row.y,
    rank: row.rank,
    faceDown: row.face_down === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

export function toCluster(row: Row): Cluster {
  return Cluster.parse({
    id: row.id,
    workshopId: row.workshop_id,
    heading: row.heading,
    description: row.description,
    strengths: JSON.parse(String(row.strengths)) as unknown,
    x: row.x,
    y: row.y,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

export function listNotes(db: Db, workshopId: string): Note[] {
  return (db.prepare('SELECT * FROM note WHERE workshop_id = ? ORDER BY created_at, rowid').all(workshopId) as Row[]).map(toNote);
}

export function listClusters(db: Db, workshopId: string): Cluster[] {
  return (db.prepare('SELECT * FROM cluster WHERE workshop_id = ? ORDER BY created_at, rowid').all(workshopId) as Row[]).map(toCluster);
}

function workshopColumn<T>(db: Db, workshopId: string, column: 'colour_mode' | 'title'): T {
  const value = db.prepare(`SELECT ${column} FROM workshop WHERE id = ?`).pluck().get(workshopId) as T | undefined;
  if (value === undefined) throw new AppError('not_found', `No workshop with id ${workshopId}`, { entity: 'workshop', id: workshopId });
  return value;
}

export const colourModeOf = (db: Db, workshopId: string) => workshopColumn<ColourMode>(db, workshopId, 'colour_mode');
export const workshopTitle = (db: Db, workshopId: string) => workshopColumn<string>(db, workshopId, 'title');

/** Where everything on a workshop's board is shown right now. */
export function boardLayout(db: Db, workshopId: string): BoardLayout {
  const notes = db.prepare('SELECT id, cluster_id AS clusterId, x, y, rank FROM note WHERE workshop_id = ?').all(workshopId) as {
    id: string;
    clusterId: string | null;
    x: number;
    y: number;
    rank: number;
  }[];
  const clusters = db.prepare('SELECT id, x, y FROM cluster WHERE workshop_id = ?').all(workshopId) as { id: string; x: number; y: number }[];
  return layoutBoard(notes, clusters);
}

/** Whether an id names a cluster or a note, or null when it names neither (any more). */
export function itemKindOf(db: Db, id: string): 'cluster' | 'note' | null {
  if (db.prepare('SELECT 1 FROM cluster WHERE id = ?').get(id)) return 'cluster';
  return db.prepare('SELECT 1 FROM note WHERE id = ?').get(id) ? 'note' : null;
}

/**
 * A matrix or voting item of the workshop: a cluster, or a note that is in
 * no cluster (a clustered note is represented by its cluster).
 */
export function itemInWorkshop(db: Db, kind: 'cluster' | 'note', id: string, workshopId: string): Row {
  const row = rowInWorkshop(db, kind, id, workshopId);
  if (kind === 'note' && row.cluster_id !== null) {
    throw new AppError('validation_failed', 'A note in a cluster is placed and voted on through its cluster', [
      { path: ['itemId'], code: 'in_cluster', message: 'the note belongs to a cluster' },
    ]);
  }
  return row;
}

/** All rows of one request must share a workshop; returns it. */
export function workshopOf(db: Db, table: 'note' | 'cluster', ids: readonly string[]): string {
  const workshops = new Set(
    ids.map((id) => {
      const row = db.prepare(`SELECT workshop_id FROM ${table} WHERE id = ?`).get(id) as { workshop_id: string } | undefined;
      if (!row) throw new AppError('not_found', `No ${table} with id ${id}`, { entity: table, id });
      return row.workshop_id;
    }),
  );
  if (workshops.size > 1) {
    throw new AppError('validation_failed', `Rows from several workshops in one request`, [
      { path: ['ids'], code: 'other_workshop', message: `${table}s belong to different workshops` },
    ]);
  }
  return [...workshops][0] as string;
}

/** Fetches a row and checks it belongs to the workshop the request is about. */
const FIELD_OF = { note: 'noteId', cluster: 'clusterId', participant: 'authorId', vote_round: 'roundId' } as const;

export function rowInWorkshop(db: Db, table: keyof typeof FIELD_OF, id: string, workshopId: string): Row {
  const row = db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Row | undefined;
  // A removed participant remains only as the holder of dots in closed rounds: nobody can vote or write as them.
  if (!row || row.removed_at) throw new AppError('not_found', `No ${table} with id ${id}`, { entity: table, id });
  if (row.workshop_id !== workshopId) {
    throw new AppError('validation_failed', `The ${table} belongs to another workshop`, [
      { path: [FIELD_OF[table]], code: 'other_workshop', message: 'belongs to another workshop' },
    ]);
  }
  return row;
}
