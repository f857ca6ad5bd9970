import { defineConfig } from 'vitest/config';

// Browser tests: one built server per file on a fresh data folder, driven by Debian's Chromium.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    // expect.poll waits for the page to settle (a modal closing after a save). Its default of 1 s
    // failed a CI run while the machine was busy; the bound is a wait, not a speed requirement.
    expect: { poll: { timeout: 15_000 } },
  },
});
