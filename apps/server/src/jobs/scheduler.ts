import { inBackground } from '@bangfu/db';
import type { Logger } from '../logger';

export interface Job {
  readonly name: string;
  readonly everyMs: number;
  run(): Promise<Record<string, number>>;
}

export interface Scheduler {
  stop(): void;
  /** Runs every job once now and waits for it (tests, and start-up catch-up). */
  runAll(): Promise<void>;
}

/**
 * Runs background jobs on fixed intervals inside the server process. A job never overlaps
 * itself; a failure is logged and retried on the next tick, never taking the server down.
 * Jobs must be idempotent and safe to run in several processes at once (they lock rows).
 */
export function startScheduler(jobs: readonly Job[], logger: Logger): Scheduler {
  const running = new Set<string>();
  const tick = async (job: Job): Promise<void> => {
    if (running.has(job.name)) return;
    running.add(job.name);
    try {
      // Nobody waits at a screen for a job: on the embedded database requests go first.
      const counts = await inBackground(() => job.run());
      if (Object.values(counts).some((n) => n > 0)) logger.info('job', { job: job.name, ...counts });
    } catch (error) {
      logger.error('job failed', { job: job.name, error: String(error) });
    } finally {
      running.delete(job.name);
    }
  };
  const timers = jobs.map((job) => {
    const timer = setInterval(() => void tick(job), job.everyMs);
    timer.unref();
    return timer;
  });
  return {
    stop: () => {
      for (const t of timers) clearInterval(t);
    },
    runAll: async () => {
      await Promise.all(jobs.map(tick));
    },
  };
}
