/**
 * Moving a whole database file through the contract, whose requests the
 * bridge caps at 1 MiB: a saved copy is read in chunks into a Blob (the
 * browser keeps it, not a JS string), and a picked file is sent in slices
 * read from disk one at a time.
 */
import { TRANSFER_CHUNK_BYTES, type BackupChunk, type DataInfo } from '../../shared/data/schema';
import type { Api } from '../api/client';
import { base64ToBlob } from '../board/export/download';
import { bytesToBase64 } from '../participants/base64';

const SQLITE_TYPE = 'application/vnd.sqlite3';

export async function readBackupBlob(api: Api, name: string): Promise<Blob> {
  const parts: Blob[] = [];
  for (let offset: number | null = 0; offset !== null; ) {
    const chunk: BackupChunk = await api.invoke('data.readBackup', { name, offset });
    parts.push(base64ToBlob(chunk.base64, SQLITE_TYPE));
    offset = chunk.nextOffset;
  }
  return new Blob(parts, { type: SQLITE_TYPE });
}

export async function restoreFromFile(api: Api, file: Blob): Promise<DataInfo> {
  const { uploadId } = await api.invoke('data.uploadStart', { sizeBytes: file.size });
  for (let offset = 0; offset < file.size; offset += TRANSFER_CHUNK_BYTES) {
    const bytes = new Uint8Array(await file.slice(offset, offset + TRANSFER_CHUNK_BYTES).arrayBuffer());
    await api.invoke('data.uploadChunk', { uploadId, offset, base64: bytesToBase64(bytes) });
  }
  return api.invoke('data.restoreUpload', { uploadId });
}
