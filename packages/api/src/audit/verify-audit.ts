import type { Database } from '@bangfu/db';
import type { Kysely } from 'kysely';
import { auditHash, GENESIS_HASH } from './audit-hash';

export interface AuditVerification {
  ok: boolean;
  checked: number;
  firstBrokenSeq: number | null;
}

const BATCH = 5_000;

/** Recomputes the whole chain in seq order and reports the first event whose link is broken. */
export async function verifyAuditChain(db: Kysely<Database>): Promise<AuditVerification> {
  let prev = GENESIS_HASH;
  let after = 0;
  let checked = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_event')
      .selectAll()
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(BATCH)
      .execute();
    for (const r of rows) {
      const expected = auditHash(prev, r);
      if (r.prev_hash !== prev || r.hash !== expected) return { ok: false, checked, firstBrokenSeq: r.seq };
      prev = r.hash;
      checked++;
      after = r.seq;
    }
    if (rows.length < BATCH) return { ok: true, checked, firstBrokenSeq: null };
  }
}
