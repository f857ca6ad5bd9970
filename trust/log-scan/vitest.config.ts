import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// The last step of `npm test`: every log the run left in .test-results, scanned for personal data.
export default defineConfig({
  test: {
    name: 'log-scan',
    root: join(import.meta.dirname, '..', '..'),
    include: ['trust/log-scan/**/*.test.ts'],
    testTimeout: 300_000,
  },
});
