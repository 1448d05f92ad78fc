import { z } from 'zod';
import { timestamp } from '../common/schema';

export const backupKinds = ['start', 'manual', 'pre-migration', 'pre-restore'] as const;
export const BackupKind = z.enum(backupKinds);
export type BackupKind = z.infer<typeof BackupKind>;

/** A backup is named by its file; the name is all a client may send back. */
export const BackupName = z
  .string()
  .regex(/^samverkstad-[0-9TZ-]+-(start|manual|pre-migration|pre-restore)(-v\d+)?\.db$/);

export const Backup = z.object({
  name: BackupName,
  kind: BackupKind,
  createdAt: timestamp,
  sizeBytes: z.number().int().nonnegative(),
});
export type Backup = z.infer<typeof Backup>;

export const DataInfo = z.object({
  dataDir: z.string(),
  databaseFile: z.string(),
  schemaVersion: z.number().int(),
  backups: z.array(Backup),
});
export type DataInfo = z.infer<typeof DataInfo>;
