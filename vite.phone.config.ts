import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The participants' page, served by the LAN listener at `/` to whatever
// phone the room brings: its own small bundle, nothing of the facilitator's,
// for browsers a few years old. Relative base, since the server's address
// is only known when a session starts.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    // The LAN listener serves dist/phone/phone.html at `/` and nothing but /assets/ beside it.
    outDir: path.resolve('dist/phone'),
    emptyOutDir: true,
    sourcemap: false,
    target: ['es2020', 'safari14', 'chrome90', 'firefox90'],
    cssTarget: ['safari14', 'chrome90', 'firefox90'],
    rollupOptions: { input: path.resolve('renderer/phone.html') },
  },
});
