import type { HouseholdImportProgress } from '@bangfu/domain';

interface ImportJob {
  progress: HouseholdImportProgress;
  readonly orgPath: string;
  settled: Promise<void>;
}

/** Finished jobs stay this long for the client's last poll; the database row outlives them. */
const KEEP_FINISHED_MS = 60 * 60 * 1000;

/**
 * The imports this process is running, and their progress, in memory. A RUNNING row in the
 * database whose id is not here was left by a process that stopped: it reads as INTERRUPTED.
 */
const jobs = new Map<string, ImportJob>();

function evictOld(now: number): void {
  for (const [id, job] of jobs) {
    const finished = job.progress.finishedAt;
    if (finished && now - Date.parse(finished) > KEEP_FINISHED_MS) jobs.delete(id);
  }
}

export const importRegistry = {
  begin(progress: HouseholdImportProgress, orgPath: string): void {
    evictOld(Date.now());
    jobs.set(progress.importId, { progress, orgPath, settled: Promise.resolve() });
  },
  update(importId: string, change: Partial<HouseholdImportProgress>): void {
    const job = jobs.get(importId);
    if (job) job.progress = { ...job.progress, ...change };
  },
  setSettled(importId: string, settled: Promise<void>): void {
    const job = jobs.get(importId);
    if (job) job.settled = settled;
  },
  get(importId: string): { progress: HouseholdImportProgress; orgPath: string } | undefined {
    return jobs.get(importId);
  },
  /** Resolves when the import has finished, whichever way (tests, shutdown). */
  settled(importId: string): Promise<void> {
    return jobs.get(importId)?.settled ?? Promise.resolve();
  },
};
