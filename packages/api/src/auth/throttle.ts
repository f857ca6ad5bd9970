import type { Database } from '@bangfu/db';
import { DomainError } from '@bangfu/domain';
import { type Kysely, sql } from 'kysely';
import type { AuthSettings } from '../context';

const key = (ip: string | null) => `ip:${ip ?? 'unknown'}`;

const TOO_MANY = new DomainError('TOO_MANY_ATTEMPTS', {
  zh: '登录尝试过于频繁,请稍后再试',
  en: 'Too many sign-in attempts from this address; try again later',
});

/** True while the throttle row under `throttleKey` holds a lock (any kind of key: address, ID…). */
export async function isThrottled(db: Kysely<Database>, throttleKey: string, now: Date): Promise<boolean> {
  const row = await db
    .selectFrom('auth_throttle')
    .select(['locked_until'])
    .where('key', '=', throttleKey)
    .executeTakeFirst();
  return !!row?.locked_until && new Date(row.locked_until).getTime() > now.getTime();
}

/**
 * Counts one failure under `throttleKey` in a sliding window of `windowMinutes`; at `maxFailures`
 * within the window the key locks for `lockMinutes`.
 */
export async function recordThrottledFailure(
  db: Kysely<Database>,
  throttleKey: string,
  now: Date,
  limits: { maxFailures: number; windowMinutes: number; lockMinutes: number },
): Promise<void> {
  const windowStart = new Date(now.getTime() - limits.windowMinutes * 60_000);
  const lockUntil = new Date(now.getTime() + limits.lockMinutes * 60_000);
  // One statement, so concurrent failures under one key all count.
  await sql`
    insert into auth_throttle as t (key, failures, window_started_at, locked_until)
    values (${throttleKey}, 1, ${now}, null)
    on conflict (key) do update set
      failures = case when t.window_started_at < ${windowStart} then 1 else t.failures + 1 end,
      window_started_at = case when t.window_started_at < ${windowStart} then ${now} else t.window_started_at end,
      locked_until = case
        when t.window_started_at >= ${windowStart} and t.failures + 1 >= ${limits.maxFailures} then ${lockUntil}
        else t.locked_until end
  `.execute(db);
}

/** Refuses sign-in from an address that failed too often within the window. */
export async function checkAddressThrottle(
  db: Kysely<Database>,
  ip: string | null,
  now: Date,
): Promise<void> {
  if (await isThrottled(db, key(ip), now)) throw TOO_MANY;
}

export async function recordAddressFailure(
  db: Kysely<Database>,
  ip: string | null,
  now: Date,
  s: AuthSettings,
): Promise<void> {
  await recordThrottledFailure(db, key(ip), now, {
    maxFailures: s.addressMaxFailures,
    windowMinutes: s.addressWindowMinutes,
    lockMinutes: s.addressWindowMinutes,
  });
}
