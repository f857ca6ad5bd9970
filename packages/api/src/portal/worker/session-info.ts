import { maskNameForNotice } from '@bangfu/domain';
import type { Context } from '../../context';

export interface WorkerSessionDto {
  pinSet: boolean;
  /** The signed-in worker's name, masked (the page may be seen over a shoulder). */
  name: string;
}

/** Who is signed in to the portal, or null; public so the app can decide which page to show. */
export async function workerSession(ctx: Context): Promise<WorkerSessionDto | null> {
  if (!ctx.worker) return null;
  const m = await ctx.db
    .selectFrom('household_member')
    .select('name')
    .where('id', '=', ctx.worker.memberId)
    .executeTakeFirst();
  return { pinSet: ctx.worker.pinSet, name: m ? maskNameForNotice(m.name) : '' };
}
