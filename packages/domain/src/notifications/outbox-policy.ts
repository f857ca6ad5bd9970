import { z } from 'zod';

/** The versioned policy kind the outbox reads (loadPolicy). */
export const OUTBOX_POLICY_KIND = 'NOTIFICATION_OUTBOX';

export const OutboxPolicySchema = z.object({
  /** Tries before a message is given up (DEAD). */
  maxAttempts: z.number().int().min(1).max(20),
  /** Wait after the first failure; each later failure doubles it. */
  baseDelayMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  /** The longest wait between two tries, whatever the doubling says. */
  maxDelayMinutes: z
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60),
  /** How long a claimed (SENDING) message belongs to its dispatcher before another may retry it. */
  leaseMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  /** Messages claimed per dispatch run. */
  batchSize: z.number().int().min(1).max(1_000),
});
export type OutboxPolicy = z.infer<typeof OutboxPolicySchema>;

/** Assumptions until the province publishes its own: 5 tries, 1, 2, 4, 8 minutes apart. */
export const DEFAULT_OUTBOX_POLICY: OutboxPolicy = {
  maxAttempts: 5,
  baseDelayMinutes: 1,
  maxDelayMinutes: 60,
  leaseMinutes: 5,
  batchSize: 50,
};

export type AfterFailure =
  | { status: 'FAILED'; retryInMinutes: number }
  | { status: 'DEAD'; retryInMinutes: null };

/**
 * What happens to a message whose `attempts`-th try failed: exponential backoff
 * (base × 2^(attempts−1), capped), or DEAD once the last allowed try is spent.
 */
export function decideAfterFailure(attempts: number, policy: OutboxPolicy): AfterFailure {
  if (attempts >= policy.maxAttempts) return { status: 'DEAD', retryInMinutes: null };
  const exponent = Math.max(0, attempts - 1);
  const delay = Math.min(policy.baseDelayMinutes * 2 ** exponent, policy.maxDelayMinutes);
  return { status: 'FAILED', retryInMinutes: delay };
}
