import { newId, withTransaction } from '@bangfu/db';
import type { StartupCaseCreate } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import type { SavedRecord, StaffContext } from '../employment/employment-errors';
import { memberInScope } from '../training/household-in-scope';

/** 创业扶持: opens a case for a member of a household in scope who is starting a business. */
export async function createStartupCase({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: StartupCaseCreate;
}): Promise<SavedRecord> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const member = await memberInScope(trx, ctx.actor, input);
    const id = newId(now.getTime());
    const columns = {
      business_name: input.businessName,
      sector: input.sector,
      stage: input.stage,
      opened_on: input.openedOn,
    };
    await trx
      .insertInto('startup_case')
      .values({
        id,
        household_id: member.householdId,
        member_id: member.memberId,
        ...columns,
        created_at: now,
        updated_at: now,
        created_by: ctx.actor.userId,
      })
      .execute();
    await appendAudit(trx, ctx, {
      action: 'startup_case.create',
      entityType: 'startup_case',
      entityId: id,
      after: { householdId: member.householdId, memberId: member.memberId, ...columns },
    });
    return { id, version: 1 };
  });
}
