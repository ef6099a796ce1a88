import { defineConfig } from 'vitest/config';

// The whole suite runs once per time zone: results must not depend on the host's TZ.
const zones = ['UTC', 'Asia/Shanghai', 'Pacific/Apia'];

export default defineConfig({
  test: {
    projects: zones.map((tz) => ({
      extends: true,
      test: { name: tz, env: { TZ: tz } },
    })),
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/support/setup.ts'],
    pool: 'forks',
    testTimeout: 60_000,
  },
});
