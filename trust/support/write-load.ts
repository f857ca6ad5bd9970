import { randomInt } from 'node:crypto';
import type { CallResult, Session } from './api';
import { householdForm, type KnownHousehold, randomBankAccount, randomIdNumber } from './households';

/** A household a writer created, with the last state the server acknowledged (or read back). */
export interface TrackedHousehold extends KnownHousehold {
  version: number;
  address: string;
}

export interface LoadTally {
  createsAcked: number;
  updatesAcked: number;
  /** Failed calls by kind: 'conn' (no HTTP answer) or the HTTP status. */
  failed: Record<string, number>;
  /** Answers that are not a clean outage failure (4xx, a 200 without data): must stay empty. */
  unexpected: string[];
  /** Households whose state was read back after an unacknowledged update. */
  readBacks: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Random ID numbers collide now and then over thousands of households (birthday problem): a
// DUPLICATE_ID_NUMBER would be the test's fault, so each one is used once per run.
const usedIdNumbers = new Set<string>();
function uniqueIdNumber(): string {
  for (;;) {
    const n = randomIdNumber();
    if (!usedIdNumbers.has(n)) {
      usedIdNumbers.add(n);
      return n;
    }
  }
}

export function emptyTally(): LoadTally {
  return { createsAcked: 0, updatesAcked: 0, failed: {}, unexpected: [], readBacks: 0 };
}

/** The call's result, with a connection error (server or socket gone) as status 0. */
async function call<T>(fn: () => Promise<CallResult<T>>): Promise<CallResult<T>> {
  try {
    return await fn();
  } catch {
    return { status: 0 };
  }
}

function fail(tally: LoadTally, what: string, r: CallResult<unknown>): void {
  const kind = r.status === 0 ? 'conn' : String(r.status);
  tally.failed[kind] = (tally.failed[kind] ?? 0) + 1;
  // An outage may only show as a lost connection or 503 UNAVAILABLE; anything else (a 500 too) is a defect.
  const outage = r.status === 0 || (r.status === 503 && r.domainCode === 'UNAVAILABLE');
  if (!outage) tally.unexpected.push(`${what} ${r.status} ${r.domainCode ?? ''}`);
}

/** After an unacknowledged update the write may or may not have committed: read the truth back. */
async function readBack(s: Session, h: TrackedHousehold, tally: LoadTally, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    const r = await call(async () => {
      const data = await s.query<{ version: number; address: string }>('households.get', { id: h.id });
      return { status: 200, data };
    });
    if (r.data) {
      h.version = r.data.version;
      h.address = r.data.address;
      tally.readBacks += 1;
      return;
    }
    await sleep(200);
  }
  throw new Error(`could not read household ${h.id} back`);
}

/**
 * One client: creates households (fresh ID numbers, bank account, phone, a unique address) and
 * updates its own ones (one in three calls) until `stop()`. Only 2xx answers count as acknowledged.
 */
export async function runWriter(
  s: Session,
  orgId: string,
  name: string,
  stop: () => boolean,
  tally: LoadTally,
  mine: TrackedHousehold[],
): Promise<void> {
  for (let n = 0; !stop(); n++) {
    const address = `遵义市红花岗区中华路${name}-${n}号`;
    const target = n % 3 === 2 ? mine[randomInt(0, Math.max(mine.length, 1))] : undefined;
    if (target) {
      const input = { id: target.id, version: target.version, ...householdForm(orgId, target, address) };
      const r = await call(() => s.attempt<{ version: number }>('households.update', input));
      if (r.status === 200 && r.data) {
        target.version = r.data.version;
        target.address = address;
        tally.updatesAcked += 1;
        continue;
      }
      fail(tally, 'update', r);
      await readBack(s, target, tally, Date.now() + 120_000);
    } else {
      const k = {
        idNumbers: [uniqueIdNumber(), uniqueIdNumber()],
        bankAccount: randomBankAccount(),
        phone: `139${String(randomInt(0, 1e8)).padStart(8, '0')}`,
      };
      const r = await call(() =>
        s.attempt<{ id: string }>('households.create', householdForm(orgId, k, address)),
      );
      if (r.status === 200 && r.data?.id) {
        mine.push({ id: r.data.id, ...k, version: 1, address });
        tally.createsAcked += 1;
        continue;
      }
      fail(tally, 'create', r);
    }
    await sleep(100); // a failed call: do not spin while the database is away
  }
}

/** What the server holds now differs from the last acknowledged state: a description, or null. */
export async function mismatch(s: Session, h: TrackedHousehold): Promise<string | null> {
  const got = await s
    .query<{ version: number; address: string; members: { idNumberMasked: string }[] }>('households.get', {
      id: h.id,
    })
    .catch((e: Error) => ({ error: e.message }));
  if ('error' in got) return `${h.id}: ${got.error}`;
  const ids = got.members.map((m) => m.idNumberMasked);
  const sent = h.idNumbers.map((n) => `${n.slice(0, 6)}${'*'.repeat(8)}${n.slice(14)}`);
  if (
    got.version !== h.version ||
    got.address !== h.address ||
    JSON.stringify(ids) !== JSON.stringify(sent)
  ) {
    return `${h.id}: v${got.version} ${got.address} ${ids} ≠ v${h.version} ${h.address} ${sent}`;
  }
  return null;
}
