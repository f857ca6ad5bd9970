import { claimIdNumbers, newId, withTransaction } from '@bangfu/db';
import { type HouseholdCreate, isActiveStatus } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { businessDate } from '../common/business-date';
import { getOrgInScope } from '../common/scope';
import type { Context, StaffActor } from '../context';
import { type SavedHousehold, toSnapshot } from './household-dto';
import { householdColumns } from './household-rows';
import { duplicateIdError } from './id-conflict';
import { loadHousehold } from './load-household';
import { identify, identityColumns, plainMemberColumns } from './member-rows';

type StaffContext = Context & { actor: StaffActor };

/** 建档: opens a household file (as a draft of the identification workflow) under a union in scope. */
export async function createHousehold({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: HouseholdCreate;
}): Promise<SavedHousehold> {
  const now = ctx.now();
  const asOf = businessDate(now);
  const identities = input.members.map((m, i) => identify(m.idNumber ?? '', asOf, i));
  return withTransaction(ctx.db, async (trx) => {
    const org = await getOrgInScope(trx, ctx.actor, input.orgId);
    const id = newId(now.getTime());
    const status = 'DRAFT';
    await trx
      .insertInto('household')
      .values({
        id,
        org_id: org.id,
        org_path: org.path,
        status,
        ...householdColumns(ctx.crypto, input),
        created_at: now,
        updated_at: now,
        created_by: ctx.actor.userId,
        updated_by: ctx.actor.userId,
      })
      .execute();
    const memberIds = input.members.map(() => newId(now.getTime()));
    await trx
      .insertInto('household_member')
      .values(
        input.members.map((m, i) => ({
          id: memberIds[i]!,
          household_id: id,
          seq: i + 1,
          ...plainMemberColumns(ctx.crypto, m),
          ...identityColumns(ctx.crypto, identities[i]!),
        })),
      )
      .execute();
    if (isActiveStatus(status)) {
      const bidxs = identities.map((who) => ctx.crypto.blindIndex(who.number));
      const taken = await claimIdNumbers(trx, {
        householdId: id,
        members: bidxs.map((bidx, i) => ({ bidx, memberId: memberIds[i]! })),
      });
      if (taken[0]) throw await duplicateIdError(trx, ctx.actor, taken[0], bidxs.indexOf(taken[0]));
    }
    const after = await loadHousehold(trx, ctx.crypto, { id, scopePath: ctx.actor.orgPath });
    await appendAudit(trx, ctx, {
      action: 'household.create',
      entityType: 'household',
      entityId: id,
      after: toSnapshot(after),
    });
    return { id, version: 1 };
  });
}
