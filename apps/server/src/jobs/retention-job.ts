import type { AppServices } from '@bangfu/api';
// Until packages/api/src/index.ts exports runRetention (see the issue 8 report), import it directly.
import { runRetention } from '@bangfu/api';
import type { Job } from './scheduler';

/** Daily: anonymises closed files past the retention policy's period (PIPL; issue 8). */
export function retentionJob(services: AppServices): Job {
  return {
    name: 'retention',
    everyMs: 24 * 60 * 60_000,
    run: async () => {
      const r = await runRetention(services.db, services);
      return {
        policyVersion: r.policyVersion,
        due: r.due,
        anonymised: r.anonymised,
        failed: r.failedIds.length,
      };
    },
  };
}
