// Unit tests run the TypeScript sources, but the spreadsheet reader starts
// its worker from a bundle: build it once per run, where vitest.config.ts
// tells the reader to look (XLSX_WORKER_TEST_DIR).
import path from 'node:path';
import { buildXlsxWorker } from '../../scripts/node-bundles.mjs';

export const XLSX_WORKER_TEST_DIR = path.resolve('.tmp/xlsx-worker');

export default async function setup() {
  await buildXlsxWorker(path.join(XLSX_WORKER_TEST_DIR, 'xlsx-worker.cjs'));
}
