import { type AppServices, closeDueNotices } from '@bangfu/api';
import type { Env } from '../env';
import type { Logger } from '../logger';
import { notificationJob, notificationSenders } from './notification-job';
import { retentionJob } from './retention-job';
import type { Job } from './scheduler';

/** The server's background jobs. */
export function serverJobs(services: AppServices, env: Env, logger: Logger): Job[] {
  return [
    {
      // A public notice ends on its own after its last working day (brief §3.1 step 5).
      name: 'close-due-notices',
      everyMs: 5 * 60_000,
      run: async () => {
        const r = await closeDueNotices(services.db, services);
        return { ended: r.ended, heldByObjection: r.heldByObjection, failed: r.failedIds.length };
      },
    },
    notificationJob(services, notificationSenders(env.BANGFU_NOTIFY_SENDER, logger)),
    retentionJob(services),
  ];
}
