/**
 * Undo and redo over the change journal. History is one linear stack for the
 * whole database: a new change drops everything that was undone after it,
 * and only the newest HISTORY_LIMIT batches are kept so the file does not
 * grow without bound over months of use.
 */
import { AppError } from '../../shared/api/errors';
import type { HistoryState } from '../../shared/history/schema';
import type { Db } from './database';
import { writeRow, type Row } from './rows';
import { isTableName, type TableName } from './tables';
import { Tx } from './transaction';

export const HISTORY_LIMIT = 500;

export interface BatchResult<T> {
  readonly value: T;
  readonly entities: readonly TableName[];
}

export interface ReplayResult {
  readonly method: string;
  readonly entities: readonly TableName[];
}

interface JournalRow {
  entity: string;
  entity_id: string;
  before: string | null;
  after: string | null;
}

const distinct = (names: readonly TableName[]): TableName[] => [...new Set(names)];

/** Runs `step` and journals what it wrote; must be called inside a transaction. */
export function recordBatch<T>(db: Db, method: string, now: string, step: (tx: Tx) => T): BatchResult<T> {
  const tx = new Tx(db, now);
  const value = step(tx);
  if (tx.entries.length === 0) return { value, entities: [] };

  db.prepare('DELETE FROM change_batch WHERE undone = 1').run();
  const batchId = db.prepare('INSERT INTO change_batch (method, at) VALUES (?, ?)').run(method, now).lastInsertRowid;
  const insert = db.prepare(
    'INSERT INTO change_journal (batch_id, entity, entity_id, before, after, at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const entry of tx.entries) {
    insert.run(batchId, entry.entity, entry.entityId, json(entry.before), json(entry.after), now);
  }
  db.prepare('DELETE FROM change_batch WHERE id <= ?').run(Number(batchId) - HISTORY_LIMIT);
  return { value, entities: distinct(tx.entries.map((e) => e.entity)) };
}

function json(row: Row | null): string | null {
  return row === null ? null : JSON.stringify(row);
}

function replay(db: Db, batchId: number, direction: 'undo' | 'redo'): TableName[] {
  const entries = db
    .prepare('SELECT entity, entity_id, before, after FROM change_journal WHERE batch_id = ? ORDER BY id')
    .all(batchId) as JournalRow[];
  // Restoring a deleted tree writes parents after children in journal order;
  // deferring the checks to commit lets either order pass.
  db.pragma('defer_foreign_keys = ON');
  const ordered = direction === 'undo' ? entries.toReversed() : entries;
  const touched: TableName[] = [];
  for (const entry of ordered) {
    if (!isTableName(entry.entity)) throw new Error(`Journal names unknown table ${entry.entity}`);
    const target = direction === 'undo' ? entry.before : entry.after;
    writeRow(db, entry.entity, entry.entity_id, target === null ? null : (JSON.parse(target) as Row));
    touched.push(entry.entity);
  }
  return distinct(touched);
}

export function undoLast(db: Db, expect?: number): ReplayResult {
  const batch = db.prepare('SELECT id, method FROM change_batch WHERE undone = 0 ORDER BY id DESC LIMIT 1').get() as
    | { id: number; method: string }
    | undefined;
  if (!batch) throw new AppError('nothing_to_undo', 'There is nothing to undo');
  if (expect !== undefined && batch.id !== expect) throw new AppError('not_latest', 'Another change has been made since', { latest: batch.id });
  const entities = replay(db, batch.id, 'undo');
  db.prepare('UPDATE change_batch SET undone = 1 WHERE id = ?').run(batch.id);
  return { method: batch.method, entities };
}

export function redoNext(db: Db): ReplayResult {
  const batch = db.prepare('SELECT id, method FROM change_batch WHERE undone = 1 ORDER BY id ASC LIMIT 1').get() as
    | { id: number; method: string }
    | undefined;
  if (!batch) throw new AppError('nothing_to_redo', 'There is nothing to redo');
  const entities = replay(db, batch.id, 'redo');
  db.prepare('UPDATE change_batch SET undone = 0 WHERE id = ?').run(batch.id);
  return { method: batch.method, entities };
}

export function historyState(db: Db): HistoryState {
  const latest = db.prepare('SELECT id, method FROM change_batch WHERE undone = 0 ORDER BY id DESC LIMIT 1').get() as
    | { id: number; method: string }
    | undefined;
  return {
    undo: latest?.method ?? null,
    redo: (db.prepare('SELECT method FROM change_batch WHERE undone = 1 ORDER BY id ASC LIMIT 1').pluck().get() as string | undefined) ?? null,
    undoId: latest?.id ?? null,
  };
}
