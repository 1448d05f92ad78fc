/**
 * Entry of the worker thread that parses spreadsheets (its own bundle,
 * dist/xlsx-worker.cjs). Whatever happens in here, the app's own thread
 * keeps answering; read-workbook.ts caps this thread's heap and time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../shared/api/errors';
import { packSheet, transferables } from './packed-sheet';
import { type ParseRequest, parseWorkbook } from './parse-workbook';
import { unreadable } from './read-errors';

parseWorkbook(workerData as ParseRequest).then(
  (workbook) => {
    const sheets = workbook.sheets.map(packSheet);
    parentPort?.postMessage({ ok: true, sheets }, sheets.flatMap(transferables));
  },
  (error: unknown) => {
    const failure = error instanceof AppError ? error : unreadable(error instanceof Error ? error.message : String(error));
    parentPort?.postMessage({ ok: false, error: failure.toApiError() });
  },
);
