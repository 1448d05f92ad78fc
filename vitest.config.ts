import { defineConfig } from 'vitest/config';
import { XLSX_WORKER_TEST_DIR } from './test/support/xlsx-worker-setup.mjs';

export default defineConfig({
  test: {
    projects: [
      {
        define: { __XLSX_WORKER_DIR__: JSON.stringify(XLSX_WORKER_TEST_DIR) },
        test: {
          name: 'unit',
          include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}'],
          environment: 'node',
          globalSetup: ['test/support/xlsx-worker-setup.mjs'],
        },
      },
      {
        test: {
          // The phone at another address, through a network namespace (see test/lan/netns.test.ts).
          name: 'lan',
          include: ['test/lan/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A poll step is a round trip to Chromium; on two busy cores one
          // can take longer than the 1 s default budget by itself.
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
