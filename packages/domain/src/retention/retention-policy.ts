import { z } from 'zod';

/** Versioned policy kind for how long a closed file keeps its personal data (PIPL; brief §11). */
export const RETENTION_POLICY_KIND = 'RETENTION';

/** Statuses that end a file: 脱困/解困 exit, 注销, 不予建档. */
export const RETENTION_CLOSED_STATUSES = ['EXITED_TUOKUN', 'EXITED_JIEKUN', 'CANCELLED', 'REJECTED'] as const;

export const RetentionPolicySchema = z.object({
  /** Whole years after the file closed before its personal data is anonymised. */
  yearsAfterClose: z.number().int().min(1).max(100),
  /** Files anonymised per run, so one run never holds the database for long. */
  batchSize: z.number().int().min(1).max(10_000),
});
export type RetentionPolicy = z.infer<typeof RetentionPolicySchema>;

/** Default 10 years [A]: an assumption, to be confirmed by the federation's records office. */
export const DEFAULT_RETENTION_POLICY: RetentionPolicy = { yearsAfterClose: 10, batchSize: 500 };

export const RetentionRunInputSchema = z.object({ dryRun: z.boolean().default(false) }).default({
  dryRun: false,
});

/** The last business date on which a file may have closed and still be anonymised today. */
export function retentionCutoff(today: string, yearsAfterClose: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const year = String(y - yearsAfterClose).padStart(4, '0');
  // 29 February falls back to the 28th in a year without it.
  const day = m === 2 && d === 29 ? 28 : d;
  return `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
