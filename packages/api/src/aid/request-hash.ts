import { createHash } from 'node:crypto';
import type { Database } from '@bangfu/db';
import { sql, type Transaction } from 'kysely';
import { canonicalJson } from '../audit/canonical-json';

/** A stable hash of what a request asked for, so a replayed key can be told from a reused one. */
export function requestHash(payload: unknown): string {
  return createHash('sha256').update(canonicalJson(payload)).digest('hex');
}

/**
 * Serialises work on one idempotency key across connections until the transaction ends: the
 * second of two concurrent calls waits, then sees the first one's committed row.
 */
export async function lockIdempotencyKey(
  trx: Transaction<Database>,
  scope: string,
  key: string,
): Promise<void> {
  await sql`select pg_advisory_xact_lock(7426008, hashtext(${`${scope}:${key}`}))`.execute(trx);
}
