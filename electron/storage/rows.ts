import type { Db } from './database';
import type { TableName } from './tables';

export type Cell = string | number | null;
export type Row = Readonly<Record<string, Cell>> & { readonly id: string };

export function readRow(db: Db, table: TableName, id: string): Row | undefined {
  return db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Row | undefined;
}

/** Writes a row as given, or deletes it when `row` is null; used by undo/redo and by Tx. */
export function writeRow(db: Db, table: TableName, id: string, row: Row | null): void {
  if (row === null) {
    db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(id);
    return;
  }
  const columns = Object.keys(row);
  const assignments = columns.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`);
  db.prepare(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})
     ON CONFLICT(id) DO UPDATE SET ${assignments.join(', ')}`,
  ).run(row);
}

/**
 * The given fields as column values, leaving out those not given. For forms
 * whose field names are their column names (programme, workshop, participant).
 */
export function definedColumns(fields: Readonly<Record<string, Cell | undefined>>): Record<string, Cell> {
  return Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, Cell] => entry[1] !== undefined));
}
