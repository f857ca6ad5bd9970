import { defineConfig } from 'vitest/config';

// Reliability and security checks against the built server (`pnpm test:trust`): one server per
// file, run one file at a time (the machine is shared). BANGFU_TRUST_LONG=1 runs more rounds.
export default defineConfig({
  test: {
    name: 'trust',
    include: ['trust/**/*.trust.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
