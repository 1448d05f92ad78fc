import { renameSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const outDir = path.resolve('dist/phone');

// The participants' page, served by the LAN listener at `/` to whatever
// phone the room brings: its own small bundle, nothing of the facilitator's,
// for browsers a few years old. Relative base, since the server's address
// is only known when a session starts.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [
    react(),
    {
      name: 'phone-index',
      // The listener serves `/` as index.html; the entry keeps its own name in renderer/.
      closeBundle() {
        renameSync(path.join(outDir, 'phone.html'), path.join(outDir, 'index.html'));
      },
    },
  ],
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: false,
    target: ['es2020', 'safari14', 'chrome90', 'firefox90'],
    cssTarget: ['safari14', 'chrome90', 'firefox90'],
    rollupOptions: { input: path.resolve('renderer/phone.html') },
  },
});
