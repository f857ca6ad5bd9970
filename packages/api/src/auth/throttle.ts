import type { Database } from '@bangfu/db';
import { DomainError } from '@bangfu/domain';
import { type Kysely, sql } from 'kysely';
import type { AuthSettings } from '../context';

const key = (ip: string | null) => `ip:${ip ?? 'unknown'}`;

/** Refuses sign-in from an address that failed too often within the window. */
export async function checkAddressThrottle(
  db: Kysely<Database>,
  ip: string | null,
  now: Date,
): Promise<void> {
  const row = await db
    .selectFrom('auth_throttle')
    .select(['locked_until'])
    .where('key', '=', key(ip))
    .executeTakeFirst();
  if (row?.locked_until && new Date(row.locked_until).getTime() > now.getTime()) {
    throw new DomainError('TOO_MANY_ATTEMPTS', {
      zh: '登录尝试过于频繁,请稍后再试',
      en: 'Too many sign-in attempts from this address; try again later',
    });
  }
}

export async function recordAddressFailure(
  db: Kysely<Database>,
  ip: string | null,
  now: Date,
  s: AuthSettings,
): Promise<void> {
  const windowStart = new Date(now.getTime() - s.addressWindowMinutes * 60_000);
  const lockUntil = new Date(now.getTime() + s.addressWindowMinutes * 60_000);
  // One statement, so concurrent failures from one address all count.
  await sql`
    insert into auth_throttle as t (key, failures, window_started_at, locked_until)
    values (${key(ip)}, 1, ${now}, null)
    on conflict (key) do update set
      failures = case when t.window_started_at < ${windowStart} then 1 else t.failures + 1 end,
      window_started_at = case when t.window_started_at < ${windowStart} then ${now} else t.window_started_at end,
      locked_until = case
        when t.window_started_at >= ${windowStart} and t.failures + 1 >= ${s.addressMaxFailures} then ${lockUntil}
        else t.locked_until end
  `.execute(db);
}
