import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'client', testTimeout: 60_000 },
});
