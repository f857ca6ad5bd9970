import { defineConfig } from 'vitest/config';

// One run over every package's unit and integration tests; the browser tests have their own
// config (e2e/vitest.config.ts) because they need a built, started server.
export default defineConfig({
  test: {
    projects: [
      'packages/domain',
      'packages/db',
      'packages/api',
      'packages/client',
      'apps/server',
      'apps/kiosk',
      'apps/portal',
    ],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
