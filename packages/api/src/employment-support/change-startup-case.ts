import { type Database, withTransaction } from '@bangfu/db';
import type { Transaction, Updateable } from 'kysely';
import { appendAudit } from '../audit/append-audit';
import type { SavedRecord, StaffContext } from '../employment/employment-errors';
import { getStartupCase, type StartupRow } from './startup-queries';
import { assertUpdated, assertVersion, conflict, staleVersion, startupNotFound } from './support-errors';

const stale = () => staleVersion('创业扶持个案', 'start-up case');

/**
 * The shared shape of every change to a start-up case: lock it in scope, check the version,
 * refuse a closed case, let `change` decide and write, bump the version and append the audit event.
 */
export function changeStartupCase(
  ctx: StaffContext,
  input: { caseId: string; version: number; allowClosed?: boolean },
  change: (
    trx: Transaction<Database>,
    before: StartupRow,
  ) => Promise<{
    action: string;
    set: Updateable<Database['startup_case']>;
    before: unknown;
    after: unknown;
  }>,
): Promise<SavedRecord> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const found = await getStartupCase(trx, {
      id: input.caseId,
      scopePath: ctx.actor.orgPath,
      forUpdate: true,
    });
    const before = assertVersion(found, input.version, startupNotFound, stale);
    if (before.status === 'CLOSED' && !input.allowClosed) {
      throw conflict('该创业扶持个案已结案', 'The start-up case is closed');
    }
    const decided = await change(trx, before);
    const r = await trx
      .updateTable('startup_case')
      .set({ ...decided.set, updated_at: now, version: input.version + 1 })
      .where('id', '=', before.id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    assertUpdated(r.numUpdatedRows, stale);
    await appendAudit(trx, ctx, {
      action: decided.action,
      entityType: 'startup_case',
      entityId: before.id,
      before: decided.before,
      after: decided.after,
    });
    return { id: before.id, version: input.version + 1 };
  });
}
