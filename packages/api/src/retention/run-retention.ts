import { type Database, withTransaction } from '@bangfu/db';
import {
  DEFAULT_RETENTION_POLICY,
  RETENTION_CLOSED_STATUSES,
  RETENTION_POLICY_KIND,
  RetentionPolicySchema,
  retentionCutoff,
} from '@bangfu/domain';
import type { Kysely } from 'kysely';
import { businessDate } from '../common/business-date';
import { subtreePattern } from '../common/scope';
import type { AppServices, StaffActor } from '../context';
import { loadPolicy } from '../policies/load-policy';
import { anonymiseHousehold } from './anonymise-household';

export interface RetentionRunResult {
  policyVersion: number;
  yearsAfterClose: number;
  /** Files that closed before this date (Asia/Shanghai) are due. */
  cutoff: string;
  due: number;
  anonymised: number;
  failedIds: string[];
}

interface RunBy {
  actor: StaffActor | null;
  ip: string | null;
  dryRun?: boolean;
}

/** Closed files past the retention period and not yet anonymised, within `orgPath`'s subtree. */
async function dueHouseholds(db: Kysely<Database>, cutoff: string, orgPath: string, limit: number) {
  const rows = await db
    .selectFrom('household as h')
    .leftJoin('retention_anonymisation as r', 'r.household_id', 'h.id')
    .select('h.id')
    .where('h.status', 'in', [...RETENTION_CLOSED_STATUSES])
    .where('h.status_since', '<', cutoff)
    .where('r.household_id', 'is', null)
    .where('h.org_path', 'like', subtreePattern(orgPath))
    .orderBy('h.status_since')
    .orderBy('h.id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Anonymises every due file (up to the policy's batch size), each in its own transaction, so
 * a crash leaves each file either whole or anonymised and the next run picks up the rest.
 * The server runs it daily; an admin may preview or run it by hand.
 */
export async function runRetention(
  db: Kysely<Database>,
  services: Pick<AppServices, 'now' | 'sessionCache'>,
  by: RunBy = { actor: null, ip: null },
): Promise<RetentionRunResult> {
  const today = businessDate(services.now());
  const policy = await loadPolicy(
    db,
    RETENTION_POLICY_KIND,
    RetentionPolicySchema,
    DEFAULT_RETENTION_POLICY,
    today,
  );
  const cutoff = retentionCutoff(today, policy.body.yearsAfterClose);
  const ids = await dueHouseholds(db, cutoff, by.actor?.orgPath ?? '/', policy.body.batchSize);
  const result: RetentionRunResult = {
    policyVersion: policy.version,
    yearsAfterClose: policy.body.yearsAfterClose,
    cutoff,
    due: ids.length,
    anonymised: 0,
    failedIds: [],
  };
  if (by.dryRun) return result;
  const ctx = { actor: by.actor, ip: by.ip, now: services.now, sessionCache: services.sessionCache };
  for (const id of ids) {
    try {
      const done = await withTransaction(db, (trx) =>
        anonymiseHousehold(trx, ctx, id, { version: policy.version, cutoff }),
      );
      if (done) result.anonymised += 1;
    } catch {
      // One file that cannot be anonymised must not hold up the others; it is reported.
      result.failedIds.push(id);
    }
  }
  return result;
}
