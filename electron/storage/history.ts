/**
 * Undo and redo over the change journal, one history per document (scope):
 * undo in a workshop walks back that workshop's changes only. A new change
 * drops what was undone in its own scope, and each scope keeps its newest
 * HISTORY_LIMIT batches so the file does not grow without bound.
 *
 * Scopes share rows: a note edited in its workshop can be deleted with the
 * workshop from the programme page. So a step is replayed only if every row
 * it touched is still exactly as the step left it (as it found it, for redo)
 * and the result breaks no reference or CHECK constraint; otherwise nothing is written, the step
 * leaves the history (it can never apply again, and keeping it would block
 * every older step) and the caller gets `undo_conflict`.
 */
import { AppError } from '../../shared/api/errors';
import { HistoryScope, HOME_SCOPE, type HistoryState } from '../../shared/history/schema';
import type { Db } from './database';
import { readRow, writeRow, type Row } from './rows';
import { derivedScope } from './scope';
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

type Direction = 'undo' | 'redo';

interface Batch {
  id: number;
  method: string;
}

interface JournalRow {
  entity: TableName;
  entity_id: string;
  before: string | null;
  after: string | null;
}

const distinct = (names: readonly TableName[]): TableName[] => [...new Set(names)];

/**
 * Runs `step` and journals what it wrote under `scope`, or under the
 * document its rows belong to when the caller did not say; must be called
 * inside a transaction.
 */
export function recordBatch<T>(db: Db, method: string, scope: HistoryScope | undefined, now: string, step: (tx: Tx) => T): BatchResult<T> {
  const tx = new Tx(db, now);
  const value = step(tx);
  if (tx.entries.length === 0) return { value, entities: [] };

  const where = scope ?? derivedScope(db, tx.entries);
  db.prepare('DELETE FROM change_batch WHERE scope = ? AND undone = 1').run(where);
  const batchId = db.prepare('INSERT INTO change_batch (method, at, scope) VALUES (?, ?, ?)').run(method, now, where).lastInsertRowid;
  const insert = db.prepare(
    'INSERT INTO change_journal (batch_id, entity, entity_id, before, after, at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const entry of tx.entries) {
    insert.run(batchId, entry.entity, entry.entityId, json(entry.before), json(entry.after), now);
  }
  db.prepare(
    'DELETE FROM change_batch WHERE scope = @where AND id NOT IN (SELECT id FROM change_batch WHERE scope = @where ORDER BY id DESC LIMIT @limit)',
  ).run({ where, limit: HISTORY_LIMIT });
  return { value, entities: distinct(tx.entries.map((e) => e.entity)) };
}

function json(row: Row | null): string | null {
  return row === null ? null : JSON.stringify(row);
}

/**
 * The scope of the latest change, for callers that name none (scripts,
 * tests). A participant's device is never it: only the device's own undo
 * reaches what it wrote.
 */
export function latestScope(db: Db): HistoryScope {
  const scope = db.prepare("SELECT scope FROM change_batch WHERE scope NOT LIKE 'device:%' ORDER BY id DESC LIMIT 1").pluck().get();
  return HistoryScope.safeParse(scope).data ?? HOME_SCOPE;
}

function nextBatch(db: Db, scope: HistoryScope, direction: Direction): Batch | undefined {
  const sql =
    direction === 'undo'
      ? 'SELECT id, method FROM change_batch WHERE scope = ? AND undone = 0 ORDER BY id DESC LIMIT 1'
      : 'SELECT id, method FROM change_batch WHERE scope = ? AND undone = 1 ORDER BY id ASC LIMIT 1';
  return db.prepare(sql).get(scope) as Batch | undefined;
}

function journalOf(db: Db, batchId: number): JournalRow[] {
  const entries = db
    .prepare('SELECT entity, entity_id, before, after FROM change_journal WHERE batch_id = ? ORDER BY id')
    .all(batchId) as { entity: string; entity_id: string; before: string | null; after: string | null }[];
  for (const entry of entries) {
    if (!isTableName(entry.entity)) throw new Error(`Journal names unknown table ${entry.entity}`);
  }
  return entries as JournalRow[];
}

/** Columns added by later migrations are not in older journal rows, so only the journaled ones are compared. */
function isAsJournaled(current: Row | undefined, journaled: string | null): boolean {
  if (journaled === null) return current === undefined;
  if (current === undefined) return false;
  return Object.entries(JSON.parse(journaled) as Row).every(([column, value]) => current[column] === value);
}

/** Rows no longer as the batch left them (undo) or found them (redo). A row may appear several times in one batch. */
function changedSince(db: Db, entries: readonly JournalRow[], direction: Direction): { entity: TableName; id: string }[] {
  const expected = new Map<string, JournalRow>();
  for (const entry of entries) {
    const key = `${entry.entity}:${entry.entity_id}`;
    if (direction === 'undo' || !expected.has(key)) expected.set(key, entry);
  }
  return [...expected.values()]
    .filter((entry) => !isAsJournaled(readRow(db, entry.entity, entry.entity_id), direction === 'undo' ? entry.after : entry.before))
    .map((entry) => ({ entity: entry.entity, id: entry.entity_id }));
}

class ReplayConflict extends Error {
  constructor(readonly rows: readonly { entity: TableName; id: string }[]) {
    super('The rows this step touched were changed elsewhere');
  }
}

function replay(db: Db, batch: Batch, direction: Direction): TableName[] {
  const entries = journalOf(db, batch.id);
  const changed = changedSince(db, entries, direction);
  if (changed.length > 0) throw new ReplayConflict(changed);
  // Restoring a deleted tree writes parents after children in journal order;
  // deferring the checks to commit lets either order pass.
  db.pragma('defer_foreign_keys = ON');
  const ordered = direction === 'undo' ? entries.toReversed() : entries;
  for (const entry of ordered) {
    const target = direction === 'undo' ? entry.before : entry.after;
    writeRow(db, entry.entity, entry.entity_id, target === null ? null : (JSON.parse(target) as Row));
  }
  db.prepare('UPDATE change_batch SET undone = ? WHERE id = ?').run(direction === 'undo' ? 1 : 0, batch.id);
  return distinct(ordered.map((entry) => entry.entity));
}

/**
 * A replay that breaks a reference, or a CHECK of the live schema (a row
 * that came in with a restored file the schema would never have let in),
 * can never apply.
 */
const isUnreplayable = (error: unknown): boolean =>
  error instanceof Error && ['SQLITE_CONSTRAINT_FOREIGNKEY', 'SQLITE_CONSTRAINT_CHECK'].includes(String((error as { code?: unknown }).code));

/**
 * A step that cannot apply leaves the history: for undo that step alone, so
 * the next undo reaches further back; for redo the whole redo branch of the
 * scope, since each later step builds on this one.
 */
function dropUnreplayable(db: Db, scope: HistoryScope, batch: Batch, direction: Direction): void {
  if (direction === 'undo') db.prepare('DELETE FROM change_batch WHERE id = ?').run(batch.id);
  else db.prepare('DELETE FROM change_batch WHERE scope = ? AND undone = 1').run(scope);
}

/**
 * Undoes or redoes the next step of `scope`, all or nothing. Runs its own
 * transactions: a refused step is dropped after the replay was rolled back.
 */
export function stepHistory(db: Db, direction: Direction, scope: HistoryScope, expect?: number): ReplayResult {
  const batch = nextBatch(db, scope, direction);
  if (!batch) {
    throw direction === 'undo'
      ? new AppError('nothing_to_undo', 'There is nothing to undo')
      : new AppError('nothing_to_redo', 'There is nothing to redo');
  }
  if (expect !== undefined && batch.id !== expect) throw new AppError('not_latest', 'Another change has been made since', { latest: batch.id });
  let rows: readonly { entity: TableName; id: string }[];
  try {
    const entities = db.transaction(() => replay(db, batch, direction))();
    return { method: batch.method, entities };
  } catch (error) {
    if (error instanceof ReplayConflict) rows = error.rows;
    else if (isUnreplayable(error)) rows = [];
    else throw error;
  }
  db.transaction(() => dropUnreplayable(db, scope, batch, direction))();
  throw new AppError('undo_conflict', `Cannot ${direction} ${batch.method}: what it changed was changed elsewhere since`, {
    method: batch.method,
    direction,
    rows,
  });
}

export function historyState(db: Db, scope: HistoryScope): HistoryState {
  const undo = nextBatch(db, scope, 'undo');
  return { undo: undo?.method ?? null, redo: nextBatch(db, scope, 'redo')?.method ?? null, undoId: undo?.id ?? null };
}
