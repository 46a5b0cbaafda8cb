import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['apps/*/src/**/*.test.ts', 'apps/*/scripts/**/*.test.ts', 'packages/*/src/**/*.test.ts'],
    // Each file opens its own database; PGlite needs a moment to start.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
