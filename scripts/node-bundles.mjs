// esbuild options shared by the Node-side bundles, and the spreadsheet
// reader's worker bundle, which scripts/build.mjs and the unit tests' global
// setup (test/support/xlsx-worker-setup.mjs) both build so they cannot drift.
import { build } from 'esbuild';

export const nodeBundle = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  external: ['electron', 'better-sqlite3'],
  // The worker bundle sits beside whichever bundle starts it (dist/).
  define: { __XLSX_WORKER_DIR__: '__dirname' },
};

export function buildXlsxWorker(outfile) {
  return build({ ...nodeBundle, entryPoints: ['electron/files/xlsx-worker.ts'], outfile });
}
