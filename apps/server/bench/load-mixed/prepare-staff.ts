import type { Database } from '@bangfu/db';
import type { Kysely } from 'kysely';
import { signIn } from '../http-client';
import { sessionCookie } from '../ident-aid/trpc-call';
import type { VirtualUser } from './workload';

/** Households each staff session reads and edits: its own share, so no two sessions edit one file. */
const HOUSEHOLDS_PER_SESSION = 40;
/** Sign-ins at once (argon2 verification runs on libuv's pool). */
const SIGN_IN_CONCURRENCY = 4;

export interface StaffSessions {
  readonly users: VirtualUser[];
  /** Distinct accounts signed in (the county caseworkers and admin). */
  readonly accounts: number;
  readonly signInSeconds: number;
}

/** The county caseworkers (cw.<county code>) and admin, with their union's path. */
async function staffAccounts(db: Kysely<Database>) {
  return db
    .selectFrom('staff_user as u')
    .innerJoin('org_unit as o', 'o.id', 'u.org_id')
    .select(['u.username', 'o.path'])
    .where((eb) => eb.or([eb('u.username', 'like', 'cw.%'), eb('u.username', '=', 'admin')]))
    .where('u.active', '=', true)
    .orderBy('u.username')
    .execute();
}

/** Filed households under `path`, the k-th share of HOUSEHOLDS_PER_SESSION. */
async function householdShare(db: Kysely<Database>, path: string, k: number): Promise<string[]> {
  const rows = await db
    .selectFrom('household')
    .select('id')
    .where('org_path', 'like', `${path}%`)
    .where('file_no', 'is not', null)
    .orderBy('id')
    .limit(HOUSEHOLDS_PER_SESSION)
    .offset(k * HOUSEHOLDS_PER_SESSION)
    .execute();
  return rows.map((r) => r.id);
}

/** Signs in `sessions` staff sessions over HTTP, spread round-robin over the accounts. */
export async function prepareStaffSessions(
  db: Kysely<Database>,
  base: string,
  password: string,
  sessions: number,
): Promise<StaffSessions> {
  const accounts = await staffAccounts(db);
  if (accounts.length === 0) throw new Error('load: no cw.<county> or admin account in the seed');
  const t0 = performance.now();
  const users: VirtualUser[] = [];
  for (let i = 0; i < sessions; i += SIGN_IN_CONCURRENCY) {
    const batch = Array.from({ length: Math.min(SIGN_IN_CONCURRENCY, sessions - i) }, (_, j) => i + j);
    const made = await Promise.all(
      batch.map(async (n) => {
        const account = accounts[n % accounts.length] as (typeof accounts)[number];
        const share = Math.floor(n / accounts.length);
        const [client, own] = await Promise.all([
          signIn(base, account.username, password),
          householdShare(db, account.path, share),
        ]);
        // A small county may have fewer files than sessions × share: then shares overlap.
        const householdIds = own.length > 0 ? own : await householdShare(db, account.path, 0);
        return { kind: 'staff' as const, cookie: sessionCookie(client), householdIds };
      }),
    );
    users.push(...made);
  }
  const empty = users.filter((u) => u.householdIds.length === 0).length;
  if (empty > 0) throw new Error(`load: ${empty} staff sessions found no filed household in scope`);
  return {
    users,
    accounts: Math.min(accounts.length, sessions),
    signInSeconds: (performance.now() - t0) / 1000,
  };
}
