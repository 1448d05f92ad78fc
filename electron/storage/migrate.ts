import { AppError } from '../../shared/api/errors';
import type { Db } from './database';
import type { Migration } from './migrations';

export interface MigrationPlan {
  readonly from: number;
  readonly to: number;
  readonly pending: readonly Migration[];
}

/**
 * Decides what to run without touching the file, so a file from a newer app
 * version is refused before anything (not even a backup) is written to it.
 */
export function planMigrations(from: number, migrations: readonly Migration[]): MigrationPlan {
  const latest = migrations.at(-1)?.version ?? 0;
  if (from > latest) {
    throw new AppError(
      'db_too_new',
      `The database has schema version ${from}, but this app only knows up to ${latest}. Update Samverkstad to open it.`,
      { fileVersion: from, appVersion: latest },
    );
  }
  return { from, to: latest, pending: migrations.filter((m) => m.version > from) };
}

/** Each migration runs in its own transaction together with its user_version bump. */
export function applyMigrations(db: Db, plan: MigrationPlan): void {
  for (const migration of plan.pending) {
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
