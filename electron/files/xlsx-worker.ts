/**
 * Entry of the worker thread that parses spreadsheets (its own bundle,
 * dist/xlsx-worker.cjs). Whatever happens in here, the app's own thread
 * keeps answering; read-workbook.ts caps this thread's heap and time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../shared/api/errors';
import { type ParseRequest, parseWorkbook } from './parse-workbook';

parseWorkbook(workerData as ParseRequest).then(
  (workbook) => parentPort?.postMessage({ ok: true, workbook }),
  (error: unknown) => {
    const failure =
      error instanceof AppError
        ? error.toApiError()
        : { code: 'import_unreadable', message: 'The file could not be read as an .xlsx workbook', details: { reason: error instanceof Error ? error.message : String(error) } };
    parentPort?.postMessage({ ok: false, error: failure });
  },
);
