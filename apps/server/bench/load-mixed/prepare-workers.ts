import { randomInt } from 'node:crypto';
import { type AppServices, hashPassword } from '@bangfu/api';
import { sql } from 'kysely';
import { CSRF_HEADER } from '../../src/http/create-http-app';
import type { VirtualUser } from './workload';

const CONCURRENCY = 4;
const WORKER_COOKIE = 'bangfu_worker_sid';

export interface WorkerSessions {
  readonly users: VirtualUser[];
  /** worker_account rows written with the product's argon2id PIN hash. */
  readonly accountsSeconds: number;
  /** portal.signIn over HTTP (ID number + PIN), one per worker. */
  readonly signInSeconds: number;
}

/** A 6-digit PIN that is not all one digit (the product refuses trivial PINs when set). */
const randomPin = (): string => String(100_000 + randomInt(900_000)).replace(/^(\d)\1{5}$/, '135790');

/** The head (本人) of `n` filed households spread over the province, ID number decrypted. */
async function pickWorkers(services: AppServices, n: number) {
  const rows = await services.db
    .selectFrom('household as h')
    .innerJoin('household_member as m', (j) =>
      j.onRef('m.household_id', '=', 'h.id').on('m.relation', '=', 'SELF'),
    )
    .select(['h.id as householdId', 'm.id as memberId', 'm.id_number_enc'])
    .where('h.file_no', 'is not', null)
    .orderBy(sql`md5(h.id::text)`)
    .limit(n)
    .execute();
  if (rows.length < n) throw new Error(`load: only ${rows.length} filed households for ${n} portal users`);
  return rows.map((r) => ({ ...r, idNumber: services.crypto.decrypt(r.id_number_enc) }));
}

async function inBatches<T, R>(items: readonly T[], f: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += CONCURRENCY)
    out.push(...(await Promise.all(items.slice(i, i + CONCURRENCY).map(f))));
  return out;
}

async function portalSignIn(base: string, idNumber: string, pin: string): Promise<string> {
  const res = await fetch(`${base}/trpc/portal.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1' },
    body: JSON.stringify({ idNumber, pin }),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`portal.signIn: HTTP ${res.status} ${text.slice(0, 300)}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  if (!cookie.startsWith(`${WORKER_COOKIE}=`)) throw new Error('portal.signIn: no worker session cookie');
  return cookie;
}

/**
 * Portal users without the card round trip: the seed has no signed aid plans, which a contact card
 * needs, so the worker_account rows are written directly, PIN hashed with the product's
 * hashPassword (argon2id, as portal.setPin does); each worker then signs in through portal.signIn.
 */
export async function prepareWorkerSessions(
  services: AppServices,
  base: string,
  n: number,
): Promise<WorkerSessions> {
  const workers = await pickWorkers(services, n);
  const t0 = performance.now();
  const now = new Date();
  const hashed = await inBatches(
    workers.map((w) => ({ ...w, pin: randomPin() })),
    async (w) => ({ ...w, pinHash: await hashPassword(w.pin) }),
  );
  for (let i = 0; i < hashed.length; i += 200) {
    await services.db
      .insertInto('worker_account')
      .values(
        hashed.slice(i, i + 200).map((w) => ({
          id_number_bidx: services.crypto.blindIndex(w.idNumber),
          household_id: w.householdId,
          member_id: w.memberId,
          pin_hash: w.pinHash,
          activated_at: now,
        })),
      )
      .onConflict((oc) => oc.column('id_number_bidx').doNothing())
      .execute();
  }
  const t1 = performance.now();
  const cookies = await inBatches(hashed, (w) => portalSignIn(base, w.idNumber, w.pin));
  return {
    users: cookies.map((cookie) => ({ kind: 'worker' as const, cookie, householdIds: [] })),
    accountsSeconds: (t1 - t0) / 1000,
    signInSeconds: (performance.now() - t1) / 1000,
  };
}
