/**
 * A picked file travels to the core in chunks (each request stays far below
 * the bridge's body limit) into `<data dir>/incoming/`. The state is the file
 * itself: its name carries the upload id and the announced size, its length
 * is what has arrived. One upload at a time: starting one drops any other,
 * and the folder is emptied at every start.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/errors';
import type { UploadProgress } from '../../../shared/data/schema';

const INCOMING_FOLDER = 'incoming';
const NAME = /^([0-9a-f]{32})-(\d+)\.upload$/;

export class Uploads {
  readonly dir: string;

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, INCOMING_FOLDER);
  }

  clear(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  start(sizeBytes: number): UploadProgress {
    this.clear();
    fs.mkdirSync(this.dir, { recursive: true });
    const uploadId = randomBytes(16).toString('hex');
    fs.writeFileSync(path.join(this.dir, `${uploadId}-${sizeBytes}.upload`), '');
    return { uploadId, receivedBytes: 0 };
  }

  /** Chunks must arrive in order; a resent or skipped chunk is refused rather than guessed at. */
  append(uploadId: string, offset: number, base64: string): UploadProgress {
    const { file, sizeBytes, receivedBytes } = this.find(uploadId);
    const bytes = Buffer.from(base64, 'base64');
    if (offset !== receivedBytes || receivedBytes + bytes.length > sizeBytes) {
      throw new AppError('bad_request', `Chunk at ${offset} (+${bytes.length}) does not continue the upload at ${receivedBytes} of ${sizeBytes}`, {
        receivedBytes,
      });
    }
    fs.appendFileSync(file, bytes);
    return { uploadId, receivedBytes: receivedBytes + bytes.length };
  }

  /** The path of a completely received upload. */
  complete(uploadId: string): string {
    const { file, sizeBytes, receivedBytes } = this.find(uploadId);
    if (receivedBytes !== sizeBytes) {
      throw new AppError('bad_request', `The upload has ${receivedBytes} of ${sizeBytes} bytes`, { receivedBytes, sizeBytes });
    }
    return file;
  }

  private find(uploadId: string): { file: string; sizeBytes: number; receivedBytes: number } {
    const names = fs.existsSync(this.dir) ? fs.readdirSync(this.dir) : [];
    for (const name of names) {
      const match = NAME.exec(name);
      if (match?.[1] !== uploadId) continue;
      const file = path.join(this.dir, name);
      return { file, sizeBytes: Number(match[2]), receivedBytes: fs.statSync(file).size };
    }
    throw new AppError('not_found', `No upload ${uploadId}`, { uploadId });
  }
}
