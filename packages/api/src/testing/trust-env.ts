import { z } from 'zod';

/**
 * The trust suite's switches, read and checked once (the server's own settings live in
 * apps/server/src/env.ts; these only shape test runs).
 */
const TrustEnvSchema = z.object({
  /** '1': more runs, every role and table, both engines. */
  BANGFU_TRUST_LONG: z.enum(['0', '1']).default('0'),
  /** Shifts every procedure's fuzz seed (runs stay reproducible). */
  BANGFU_TRUST_SEED: z.coerce.number().int().default(8),
});

const env = TrustEnvSchema.parse(process.env);

export const TRUST_LONG = env.BANGFU_TRUST_LONG === '1';
export const TRUST_SEED = env.BANGFU_TRUST_SEED;
