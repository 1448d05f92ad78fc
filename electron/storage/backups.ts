/**
 * Backup copies live in <data dir>/backups and are made with SQLite's online
 * backup API, so they are consistent even while the app is writing. Start
 * backups rotate (the newest START_BACKUPS_KEPT stay); manual, pre-migration
 * and pre-restore copies are kept until the user removes them by hand.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Backup, BackupName, type BackupKind } from '../../shared/data/schema';
import type { Db } from './database';

export const START_BACKUPS_KEPT = 10;
const NAME_PATTERN = /^samverkstad-([0-9TZ-]+)-(start|manual|pre-migration|pre-restore)(?:-v\d+)?\.db$/;

function stampToIso(stamp: string): string {
  const [date, time = ''] = stamp.split('T');
  const [h, m, s, ms] = time.replace('Z', '').split('-');
  return `${date}T${h}:${m}:${s}.${ms}Z`;
}

export class BackupFolder {
  constructor(readonly dir: string) {}

  async create(db: Db, kind: BackupKind, now: Date, schemaVersion?: number): Promise<Backup> {
    fs.mkdirSync(this.dir, { recursive: true });
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    const suffix = schemaVersion === undefined ? '' : `-v${schemaVersion}`;
    let name = `samverkstad-${stamp}-${kind}${suffix}.db`;
    for (let bump = 1; fs.existsSync(path.join(this.dir, name)); bump++) {
      const later = new Date(now.getTime() + bump).toISOString().replace(/[:.]/g, '-');
      name = `samverkstad-${later}-${kind}${suffix}.db`;
    }
    await db.backup(path.join(this.dir, name));
    if (kind === 'start') this.prune();
    return this.describe(name) as Backup;
  }

  list(): Backup[] {
    if (!fs.existsSync(this.dir)) return [];
    return fs
      .readdirSync(this.dir)
      .map((name) => this.describe(name))
      .filter((b): b is Backup => b !== undefined)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** Resolves a client-supplied name to a file inside the folder, or undefined. */
  pathOf(name: string): string | undefined {
    if (!BackupName.safeParse(name).success) return undefined;
    const file = path.join(this.dir, name);
    return path.dirname(file) === this.dir && fs.existsSync(file) ? file : undefined;
  }

  private describe(name: string): Backup | undefined {
    const match = NAME_PATTERN.exec(name);
    if (!match) return undefined;
    const stat = fs.statSync(path.join(this.dir, name));
    return Backup.parse({
      name,
      kind: match[2],
      createdAt: stampToIso(match[1] as string),
      sizeBytes: stat.size,
    });
  }

  private prune(): void {
    const starts = this.list().filter((b) => b.kind === 'start');
    for (const old of starts.slice(START_BACKUPS_KEPT)) fs.rmSync(path.join(this.dir, old.name), { force: true });
  }
}
