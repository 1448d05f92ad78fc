// Builds the Node-side bundles (Electron main, preload, web server, the
// spreadsheet reader's worker) with esbuild, and the renderer and the
// participants' phone page (served on the room's network) with Vite.
// better-sqlite3 stays external: its N-API binary is loaded from
// node_modules (unpacked from asar when packaged).
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';
import { buildXlsxWorker, nodeBundle as common } from './node-bundles.mjs';

await Promise.all([
  build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/main.cjs' }),
  build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/preload.cjs', platform: 'browser', target: 'chrome140' }),
  build({ ...common, entryPoints: ['electron/web/web.ts'], outfile: 'dist/web.cjs' }),
  buildXlsxWorker('dist/xlsx-worker.cjs'),
]);
await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
await viteBuild({ configFile: 'vite.phone.config.ts', logLevel: 'warn' });
