import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Beside the other caches rather than in a node_modules folder inside e2e/.
  cacheDir: '../node_modules/.vite-e2e',
  test: {
    root: import.meta.dirname,
    include: ['journeys/**/*.e2e.ts'],
    globalSetup: ['support/global-setup.ts'],
    // One server and real browsers: files run one after another, so timings stay honest on a small machine.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
