import type { Database } from '@bangfu/db';
import type { Kysely } from 'kysely';
import { fromCache, type SessionCache, TOUCH_EVERY_MS } from '../../auth/session-cache';
import { hashSessionToken } from '../../auth/session-token';
import type { AuthSettings, WorkerActor } from '../../context';

/**
 * Finds the worker behind a portal cookie, ending sessions that are idle or too old (the staff
 * limits apply). Last-seen is written at most once a minute.
 */
export async function resolveWorkerSession(
  db: Kysely<Database>,
  token: string | null,
  now: Date,
  settings: AuthSettings,
  cache?: SessionCache<WorkerActor>,
): Promise<WorkerActor | null> {
  if (!token || token.length > 100) return null;
  const tokenHash = hashSessionToken(token);
  const touch = () =>
    db.updateTable('worker_session').set({ last_seen_at: now }).where('token_hash', '=', tokenHash).execute();
  const cached = fromCache(cache, tokenHash, now, touch);
  if (cached) return cached;
  const row = await db
    .selectFrom('worker_session as s')
    .innerJoin('household as h', 'h.id', 's.household_id')
    .select(['s.household_id', 's.member_id', 's.pin_set', 's.last_seen_at', 's.expires_at', 'h.org_path'])
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return null;
  const lastSeen = new Date(row.last_seen_at).getTime();
  const idleLimit = lastSeen + settings.sessionIdleMinutes * 60_000;
  if (now.getTime() > idleLimit || now.getTime() > new Date(row.expires_at).getTime()) {
    cache?.drop(tokenHash);
    await db.deleteFrom('worker_session').where('token_hash', '=', tokenHash).execute();
    return null;
  }
  if (now.getTime() - lastSeen > TOUCH_EVERY_MS) await touch();
  const actor: WorkerActor = {
    householdId: row.household_id,
    memberId: row.member_id,
    orgPath: row.org_path,
    pinSet: row.pin_set,
  };
  cache?.set(tokenHash, actor, now, new Date(row.expires_at));
  return actor;
}
