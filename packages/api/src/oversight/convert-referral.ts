import { getHousehold, withTransaction } from '@bangfu/db';
import type { ConvertReferral } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { subtreePattern } from '../common/scope';
import type { SavedRecord } from '../employment/employment-errors';
import type { StaffContext } from './oversight-context';
import { conflict, householdNotFound, referralNotFound, staleRecord } from './oversight-errors';

/** Links a NEW referral to the draft household a caseworker opened from it. */
export async function convertReferral({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: ConvertReferral;
}): Promise<SavedRecord> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const referral = await trx
      .selectFrom('volunteer_referral')
      .select(['id', 'status', 'version'])
      .where('id', '=', input.referralId)
      .where('org_path', 'like', subtreePattern(ctx.actor.orgPath))
      .forUpdate()
      .executeTakeFirst();
    if (!referral) throw referralNotFound();
    if (input.expectedVersion !== undefined && input.expectedVersion !== referral.version) {
      throw staleRecord('线索', 'referral');
    }
    if (referral.status !== 'NEW') throw conflict('该线索已处理', 'This referral was already handled');
    const household = await getHousehold(trx, { id: input.householdId, scopePath: ctx.actor.orgPath });
    if (!household) throw householdNotFound();
    if (household.status !== 'DRAFT') {
      throw conflict('只能关联新建的草稿档案', 'Link the referral to the draft file opened from it');
    }
    const saved = await trx
      .updateTable('volunteer_referral')
      .set((eb) => ({
        status: 'CONVERTED',
        household_id: household.id,
        decided_by: ctx.actor.userId,
        decided_at: now,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', referral.id)
      .returning('version')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, ctx, {
      action: 'referral.convert',
      entityType: 'volunteer_referral',
      entityId: referral.id,
      before: { status: 'NEW' },
      after: { status: 'CONVERTED', householdId: household.id },
    });
    return { id: referral.id, version: saved.version };
  });
}
