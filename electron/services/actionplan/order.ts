/**
 * Sort keys for plan and map rows. New rows go last; a reorder rewrites the keys of
 * the rows it names as 1..n, and only rows whose key changes are journaled,
 * so one drag is one small undo step.
 */
import { AppError } from '../../../shared/api/errors';
import type { Db } from '../../storage/database';
import type { Tx } from '../../storage/transaction';

type Ordered = 'plan_area' | 'plan_goal' | 'plan_activity' | 'map_lane' | 'map_phase' | 'map_card_note';

export function nextRank(db: Db, table: Ordered, parentColumn: string, parentId: string): number {
  return db.prepare(`SELECT COALESCE(MAX(rank), 0) + 1 FROM ${table} WHERE ${parentColumn} = ?`).pluck().get(parentId) as number;
}

/** Checks every id names a row under the parent (else `validation_failed` on `ids`) and refuses duplicates. */
export function requireChildren(db: Db, table: Ordered, parentColumn: string, parentId: string, ids: readonly string[]): void {
  const refuse = (code: string, message: string) => {
    throw new AppError('validation_failed', message, [{ path: ['ids'], code, message }]);
  };
  if (new Set(ids).size !== ids.length) refuse('duplicate', 'An id is listed twice');
  for (const id of ids) {
    const parent = db.prepare(`SELECT ${parentColumn} FROM ${table} WHERE id = ?`).pluck().get(id) as string | undefined;
    if (parent === undefined) throw new AppError('not_found', `No ${table} with id ${id}`, { entity: table, id });
    if (parent !== parentId) refuse('other_parent', `The ${table} belongs elsewhere`);
  }
}

/** Gives the listed rows the keys 1..n in the given order, setting extra columns (e.g. a new parent) too. */
export function applyOrder(tx: Tx, table: Ordered, ids: readonly string[], extra: Readonly<Record<string, string | null>> = {}): void {
  ids.forEach((id, index) => tx.update(table, id, { ...extra, rank: index + 1 }));
}
