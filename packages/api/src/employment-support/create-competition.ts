import { newId, withTransaction } from '@bangfu/db';
import type { CompetitionCreate } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { getOrgInScope } from '../common/scope';
import type { SavedRecord, StaffContext } from '../employment/employment-errors';

/** 技能比武: a union in the actor's subtree holds a skills competition in one trade. */
export async function createCompetition({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: CompetitionCreate;
}): Promise<SavedRecord> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const org = await getOrgInScope(trx, ctx.actor, input.orgId);
    const id = newId(now.getTime());
    const columns = { title: input.title, trade: input.trade, level: input.level, held_on: input.heldOn };
    await trx
      .insertInto('skill_competition')
      .values({
        id,
        org_id: org.id,
        org_path: org.path,
        ...columns,
        created_at: now,
        updated_at: now,
        created_by: ctx.actor.userId,
      })
      .execute();
    await appendAudit(trx, ctx, {
      action: 'skill_competition.create',
      entityType: 'skill_competition',
      entityId: id,
      after: { orgId: org.id, ...columns },
    });
    return { id, version: 1 };
  });
}
