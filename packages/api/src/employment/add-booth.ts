import {
  getBoothByNumber,
  getEmployer,
  getFairBooth,
  listEmployerPositionIds,
  touchFair,
  upsertFairBooth,
  withTransaction,
} from '@bangfu/db';
import { DomainError, type FairBooth } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { employerNotFound, fieldError, type StaffContext } from './employment-errors';
import { assertFairEditable, lockFairInScope } from './load-fair';

/**
 * 安排展位: gives an employer a booth at a fair in the actor's scope, with the positions it offers
 * there. Sent again for the same employer, it replaces that booth's number and positions. The
 * employer may be filed anywhere (fairs invite employers from elsewhere); its positions must be its own.
 */
export async function addBooth({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: FairBooth;
}): Promise<{ ok: true }> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    // The fair's row lock serialises booth changes, so two employers cannot take one number.
    const fair = await lockFairInScope(trx, { id: input.fairId, scopePath: ctx.actor.orgPath });
    assertFairEditable(fair);
    const employer = await getEmployer(trx, { id: input.employerId });
    if (!employer) throw employerNotFound();
    const positionIds = [...new Set(input.positionIds)];
    const own = new Set(await listEmployerPositionIds(trx, { employerId: employer.id, ids: positionIds }));
    const foreign = positionIds.findIndex((id) => !own.has(id));
    if (foreign >= 0) {
      throw fieldError(
        `positionIds.${input.positionIds.indexOf(positionIds[foreign]!)}`,
        `岗位不属于${employer.name}`,
        `The position is not one of ${employer.name}'s`,
      );
    }
    const holder = await getBoothByNumber(trx, { fairId: fair.id, boothNo: input.boothNo });
    if (holder && holder.employer_id !== employer.id) {
      throw new DomainError(
        'CONFLICT',
        {
          zh: `展位号${input.boothNo}已分配给其他单位,请换一个展位号`,
          en: `Booth ${input.boothNo} is already taken by another employer; choose another number`,
        },
        { fieldErrors: { boothNo: ['展位号已被占用 / booth number already taken'] } },
      );
    }
    const before = await getFairBooth(trx, { fairId: fair.id, employerId: employer.id });
    await upsertFairBooth(trx, {
      fairId: fair.id,
      employerId: employer.id,
      boothNo: input.boothNo,
      positionIds,
    });
    await touchFair(trx, { id: fair.id, at: now });
    await appendAudit(trx, ctx, {
      action: 'fair.set_booth',
      entityType: 'job_fair',
      entityId: fair.id,
      before: before
        ? { employerId: employer.id, boothNo: before.booth_no, positionIds: before.position_ids }
        : null,
      after: { employerId: employer.id, boothNo: input.boothNo, positionIds: [...positionIds].sort() },
    });
    return { ok: true as const };
  });
}
