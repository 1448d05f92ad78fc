import { AppError } from '../../shared/api/errors';
import type { Db } from './database';
import { readRow, writeRow, type Row } from './rows';
import { childRelations, type TableName } from './tables';

export interface JournalEntry {
  readonly entity: TableName;
  readonly entityId: string;
  readonly before: Row | null;
  readonly after: Row | null;
}

/**
 * The only way handlers write user data: every write lands in the change
 * journal of the surrounding batch, which is what undo and redo replay.
 */
export class Tx {
  readonly #entries: JournalEntry[] = [];

  constructor(
    readonly db: Db,
    readonly now: string,
  ) {}

  get entries(): readonly JournalEntry[] {
    return this.#entries;
  }

  get(table: TableName, id: string): Row {
    const row = readRow(this.db, table, id);
    if (!row) throw new AppError('not_found', `No ${table} with id ${id}`, { entity: table, id });
    return row;
  }

  insert(table: TableName, row: Row): Row {
    // The journal records "did not exist" for an insert; an existing row would be lost on undo.
    if (readRow(this.db, table, row.id)) throw new Error(`${table} ${row.id} already exists`);
    writeRow(this.db, table, row.id, row);
    const after = this.get(table, row.id);
    this.#entries.push({ entity: table, entityId: row.id, before: null, after });
    return after;
  }

  update(table: TableName, id: string, patch: Readonly<Record<string, Row[string]>>): Row {
    const before = this.get(table, id);
    const changed = Object.entries(patch).filter(([key, value]) => before[key] !== value);
    if (changed.length === 0) return before;
    // Rows that carry updated_at get it stamped by every real change.
    const patched: Row = { ...before, ...Object.fromEntries(changed), id };
    const stamped: Row = 'updated_at' in before ? { ...patched, updated_at: this.now } : patched;
    writeRow(this.db, table, id, stamped);
    // Read back, as SQLite stored it (column affinity), since undo compares the journal with the table.
    const after = this.get(table, id);
    this.#entries.push({ entity: table, entityId: id, before, after });
    return after;
  }

  remove(table: TableName, id: string): void {
    const before = this.get(table, id);
    for (const child of childRelations[table]) {
      const ids = this.db.prepare(`SELECT id FROM ${child.table} WHERE ${child.foreignKey} = ?`).pluck().all(id) as string[];
      for (const childId of ids) {
        if (child.onDelete === 'cascade') this.remove(child.table, childId);
        else this.update(child.table, childId, { [child.foreignKey]: null });
      }
    }
    writeRow(this.db, table, id, null);
    this.#entries.push({ entity: table, entityId: id, before, after: null });
  }
}
