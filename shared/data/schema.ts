import { z } from 'zod';
import { timestamp } from '../common/schema';

export const backupKinds = ['start', 'manual', 'pre-migration', 'pre-restore'] as const;
export const BackupKind = z.enum(backupKinds);
export type BackupKind = z.infer<typeof BackupKind>;

/** A backup is named by its file; the name is all a client may send back. */
export const BackupName = z
  .string()
  .regex(/^samverkstad-[0-9TZ-]+-(start|manual|pre-migration|pre-restore)(-v\d+)?\.db$/);

/** Only `ok` backups can be restored; the others say why not. */
export const backupStatuses = ['ok', 'damaged', 'foreign', 'too_new'] as const;
export const BackupStatus = z.enum(backupStatuses);
export type BackupStatus = z.infer<typeof BackupStatus>;

export const Backup = z.object({
  name: BackupName,
  kind: BackupKind,
  createdAt: timestamp,
  sizeBytes: z.number().int().nonnegative(),
  status: BackupStatus,
});
export type Backup = z.infer<typeof Backup>;

export const DataInfo = z.object({
  dataDir: z.string(),
  databaseFile: z.string(),
  schemaVersion: z.number().int(),
  backups: z.array(Backup),
});
export type DataInfo = z.infer<typeof DataInfo>;

/** Largest file that can be restored from an upload; far above any real workshop database. */
export const MAX_UPLOAD_BYTES = 1024 * 1024 * 1024;
/** Bytes per chunk either way: its base64 stays well below the bridge's 1 MiB request limit. */
export const TRANSFER_CHUNK_BYTES = 512 * 1024;

export const UploadId = z.string().regex(/^[0-9a-f]{32}$/);

export const UploadStart = z.object({ sizeBytes: z.number().int().min(1).max(MAX_UPLOAD_BYTES) }).strict();
export const UploadChunk = z
  .object({
    uploadId: UploadId,
    offset: z.number().int().nonnegative(),
    base64: z.string().max(Math.ceil(TRANSFER_CHUNK_BYTES / 3) * 4).regex(/^[A-Za-z0-9+/]*={0,2}$/),
  })
  .strict();
export const UploadProgress = z.object({ uploadId: UploadId, receivedBytes: z.number().int().nonnegative() });
export type UploadProgress = z.infer<typeof UploadProgress>;

export const BackupChunk = z.object({
  base64: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  /** Where the next read starts, or null after the last chunk. */
  nextOffset: z.number().int().nullable(),
});
export type BackupChunk = z.infer<typeof BackupChunk>;
