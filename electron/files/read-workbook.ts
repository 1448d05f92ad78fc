/**
 * The one way the app reads a spreadsheet it did not write itself. The
 * parse runs in a worker thread with a capped heap and a wall clock, one at
 * a time, so a hostile or huge file costs that worker, never the thread
 * that answers every other request; whatever goes wrong comes back as
 * `import_unreadable` or `import_too_large` with the limit that was hit.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError, type ApiError } from '../../shared/api/errors';
import { IMPORT_LIMITS, IMPORT_RUN_LIMITS } from '../../shared/files/limits';
import { type PackedSheet, unpackSheet } from './packed-sheet';
import type { ReadLimits } from './parse-workbook';
import type { Workbook } from './workbook';
import { tooLarge, unreadable } from './read-errors';

/**
 * Folder of the worker bundle. The esbuild bundles define it as their own
 * __dirname (dist/, or dist/ inside app.asar, which Electron lets worker
 * threads load from since v18); tests define it as the folder their global
 * setup builds the bundle into.
 */
declare const __XLSX_WORKER_DIR__: string;
export const WORKER_BUNDLE = 'xlsx-worker.cjs';

export interface ReadOptions {
  readonly limits?: Partial<ReadLimits>;
  readonly sheets?: 'first' | 'all';
  readonly memoryMb?: number;
  readonly seconds?: number;
}

type WorkerAnswer = { ok: true; sheets: PackedSheet[] } | { ok: false; error: ApiError };

function runWorker(bytes: Uint8Array, options: ReadOptions): Promise<Workbook> {
  const limits: ReadLimits = { ...IMPORT_LIMITS, ...options.limits };
  const memoryMb = options.memoryMb ?? IMPORT_RUN_LIMITS.memoryMb;
  const seconds = options.seconds ?? IMPORT_RUN_LIMITS.seconds;
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(__XLSX_WORKER_DIR__, WORKER_BUNDLE), {
      workerData: { bytes, limits, sheets: options.sheets ?? 'first' },
      resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(
      () => settle(() => reject(tooLarge({ limit: 'time', max: seconds }, `Reading the file took more than ${seconds} s`))),
      seconds * 1000,
    );
    worker.once('message', (answer: WorkerAnswer) =>
      settle(() => (answer.ok ? resolve({ sheets: answer.sheets.map(unpackSheet) }) : reject(new AppError(answer.error.code, answer.error.message, answer.error.details)))),
    );
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? tooLarge({ limit: 'memory', max: memoryMb }, `Reading the file needed more than ${memoryMb} MB`)
            : unreadable(error.message),
        ),
      ),
    );
    worker.once('exit', (code) => settle(() => reject(unreadable(`The reader stopped with code ${code}`))));
  });
}

let queue: Promise<unknown> = Promise.resolve();

/** Reads one workbook at a time: two big files at once would double the memory the limits allow for. */
export function readWorkbook(bytes: Uint8Array, options: ReadOptions = {}): Promise<Workbook> {
  const maxBytes = options.limits?.fileBytes ?? IMPORT_LIMITS.fileBytes;
  if (bytes.length > maxBytes) return Promise.reject(tooLarge({ limit: 'fileBytes', max: maxBytes }, `The file is larger than ${maxBytes} bytes`));
  const run = queue.then(() => runWorker(bytes, options));
  queue = run.catch(() => undefined);
  return run;
}
