import { defineConfig } from 'vitest/config';

// Checks on the built package (run after `npm run build`): size budgets, packaging lints, install-and-import smoke test.
export default defineConfig({
  test: {
    include: ['test-artifact/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
