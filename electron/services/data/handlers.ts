import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/errors';
import { TRANSFER_CHUNK_BYTES, type BackupChunk, type DataInfo } from '../../../shared/data/schema';
import type { HandlerMap, ServiceContext } from '../../api/handler';
import { Uploads } from './uploads';

function info({ store, dataDir }: ServiceContext): DataInfo {
  return {
    dataDir,
    databaseFile: path.resolve(store.file),
    schemaVersion: store.schemaVersion,
    backups: store.listBackups(),
  };
}

function restored(ctx: ServiceContext, method: string): DataInfo {
  ctx.events.emit({ reason: 'restore', method, entities: ['*'] });
  return info(ctx);
}

function readChunk(file: string, offset: number): BackupChunk {
  const sizeBytes = fs.statSync(file).size;
  const buffer = Buffer.alloc(Math.max(0, Math.min(TRANSFER_CHUNK_BYTES, sizeBytes - offset)));
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, buffer, 0, buffer.length, offset);
  } finally {
    fs.closeSync(fd);
  }
  const end = offset + buffer.length;
  return { base64: buffer.toString('base64'), sizeBytes, nextOffset: end < sizeBytes ? end : null };
}

export const dataHandlers: HandlerMap = {
  'data.info': (_input, ctx) => info(ctx),
  'data.backup': async (_input, { store, events }) => {
    const backup = await store.backup('manual');
    events.emit({ reason: 'mutation', method: 'data.backup', entities: ['backup'] });
    return backup;
  },
  'data.restore': async ({ name }, ctx) => {
    await ctx.store.restore(name);
    return restored(ctx, 'data.restore');
  },
  'data.readBackup': ({ name, offset }, { store }) => {
    const file = store.backupPath(name);
    if (!file) throw new AppError('backup_not_found', `No backup named ${name}`, { name });
    return readChunk(file, offset);
  },
  'data.uploadStart': ({ sizeBytes }, { dataDir }) => new Uploads(dataDir).start(sizeBytes),
  'data.uploadChunk': ({ uploadId, offset, base64 }, { dataDir }) => new Uploads(dataDir).append(uploadId, offset, base64),
  'data.restoreUpload': async ({ uploadId }, ctx) => {
    const uploads = new Uploads(ctx.dataDir);
    try {
      await ctx.store.restoreFrom(uploads.complete(uploadId));
    } finally {
      uploads.clear();
    }
    return restored(ctx, 'data.restoreUpload');
  },
};
