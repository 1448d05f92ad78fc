import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Relative base so the same bundle loads from the app:// protocol in Electron
// and from the loopback bridge in web mode.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: false,
    target: 'chrome140',
    // Loaded from local disk, never over a network: one bundle is fine.
    chunkSizeWarningLimit: 1024,
  },
});
