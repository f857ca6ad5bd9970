import type { Database } from '@bangfu/db';
import type { Role } from '@bangfu/domain';
import type { Kysely } from 'kysely';
import type { AuthSettings, StaffActor } from '../context';
import { fromCache, type SessionCache, TOUCH_EVERY_MS } from './session-cache';
import { hashSessionToken } from './session-token';

/**
 * Finds the staff member behind a session cookie, ending sessions that are idle or too old.
 * Last-seen is written at most once a minute so reads do not each cost a write; with a cache, a
 * session read within that minute is answered from memory.
 */
export async function resolveSession(
  db: Kysely<Database>,
  token: string | null,
  now: Date,
  settings: AuthSettings,
  cache?: SessionCache<StaffActor>,
): Promise<StaffActor | null> {
  if (!token || token.length > 100) return null;
  const tokenHash = hashSessionToken(token);
  const touch = () =>
    db.updateTable('staff_session').set({ last_seen_at: now }).where('token_hash', '=', tokenHash).execute();
  const cached = fromCache(cache, tokenHash, now, touch);
  if (cached) return cached;
  const row = await db
    .selectFrom('staff_session as s')
    .innerJoin('staff_user as u', 'u.id', 's.user_id')
    .innerJoin('org_unit as o', 'o.id', 'u.org_id')
    .select([
      's.last_seen_at',
      's.expires_at',
      'u.id',
      'u.username',
      'u.display_name',
      'u.roles',
      'u.active',
      'u.org_id',
      'o.path',
    ])
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return null;
  const lastSeen = new Date(row.last_seen_at).getTime();
  const idleLimit = lastSeen + settings.sessionIdleMinutes * 60_000;
  if (!row.active || now.getTime() > idleLimit || now.getTime() > new Date(row.expires_at).getTime()) {
    cache?.drop(tokenHash);
    await db.deleteFrom('staff_session').where('token_hash', '=', tokenHash).execute();
    return null;
  }
  if (now.getTime() - lastSeen > TOUCH_EVERY_MS) await touch();
  const actor: StaffActor = {
    userId: row.id,
    username: row.username,
    displayName: row.display_name,
    roles: row.roles as Role[],
    orgId: row.org_id,
    orgPath: row.path,
  };
  cache?.set(tokenHash, actor, now, new Date(row.expires_at));
  return actor;
}
