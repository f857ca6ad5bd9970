import { newId, withTransaction } from '@bangfu/db';
import {
  amountsOverCap,
  DEFAULT_FESTIVAL_POLICY,
  DomainError,
  FESTIVAL_POLICY_KIND,
  type FestivalCampaignCreate,
  FestivalPolicySchema,
  festivalCategories,
} from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { businessDate } from '../common/business-date';
import { getOrgInScope } from '../common/scope';
import { loadPolicy } from '../policies/load-policy';
import { campaignSnapshot, type SavedCampaign, toCampaignDto } from './campaign-dto';
import { getCampaignInScope } from './campaign-rows';
import type { StaffContext } from './festival-errors';

/** 创建送温暖活动: a DRAFT campaign covering the subtree of a union in the actor's scope. */
export async function createCampaign({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: FestivalCampaignCreate;
}): Promise<SavedCampaign> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const org = await getOrgInScope(trx, ctx.actor, input.orgId);
    const policy = await loadPolicy(
      trx,
      FESTIVAL_POLICY_KIND,
      FestivalPolicySchema,
      DEFAULT_FESTIVAL_POLICY,
      businessDate(now),
    );
    const overCap = amountsOverCap(input.amounts, policy.body);
    if (Object.keys(overCap).length > 0) {
      throw new DomainError(
        'VALIDATION',
        { zh: '金额超过上限', en: 'Amount above the configured cap' },
        { fieldErrors: overCap, policyVersion: policy.version, maxAmountFen: policy.body.maxAmountFen },
      );
    }
    const id = newId(now.getTime());
    await trx
      .insertInto('festival_campaign')
      .values({
        id,
        name: input.name,
        festival: input.festival,
        year: input.year,
        org_id: org.id,
        org_path: org.path,
        eligible_categories: festivalCategories(input.amounts),
        eligible_statuses: input.eligibleStatuses,
        amounts: JSON.stringify(input.amounts),
        funding_source: input.fundingSource,
        policy_version: policy.version,
        last_error: null,
        approved_by: null,
        created_at: now,
        updated_at: now,
        created_by: ctx.actor.userId,
      })
      .execute();
    const after = toCampaignDto(await getCampaignInScope(trx, { id, scopePath: ctx.actor.orgPath }));
    await appendAudit(trx, ctx, {
      action: 'festival.create',
      entityType: 'festival_campaign',
      entityId: id,
      after: campaignSnapshot(after),
    });
    return { id, version: after.version };
  });
}
