import { listHouseholdPage } from '@bangfu/db';
import type {
  HardshipCategory,
  HardshipCause,
  HouseholdListQuery,
  HouseholdStatus,
  StandardVersion,
} from '@bangfu/domain';
import { toPage } from '../common/page-cursor';
import { getOrgInScope } from '../common/scope';
import type { Context, StaffActor } from '../context';
import type { HouseholdPage } from './household-dto';
import { householdPageQuery } from './household-page-query';
import { maskId } from './load-household';

/** Searches households in the actor's subtree with keyset pagination. */
export async function listHouseholds({
  ctx,
  input,
}: {
  ctx: Context & { actor: StaffActor };
  input: HouseholdListQuery;
}): Promise<HouseholdPage> {
  const orgPath = input.orgId ? (await getOrgInScope(ctx.db, ctx.actor, input.orgId)).path : undefined;
  const query = householdPageQuery(input, { scopePath: ctx.actor.orgPath, orgPath }, ctx.crypto);
  if (!query) return { items: [], nextCursor: null };
  const rows = await listHouseholdPage(ctx.db, query);
  const sortKey = (r: (typeof rows)[number]): string | null =>
    input.sort === 'updatedDesc' ? r.updated_at : input.sort === 'nameAsc' ? r.head_name : r.file_no;
  return toPage(
    rows,
    input.limit,
    (r) => ({
      id: r.id,
      fileNo: r.file_no,
      headName: r.head_name,
      headIdMasked: maskId(r.id_prefix6, r.id_last4),
      category: r.category as HardshipCategory,
      standardVersion: r.standard_version as StandardVersion,
      status: r.status as HouseholdStatus,
      mainCause: r.main_cause as HardshipCause,
      divisionCode: r.division_code,
      orgId: r.org_id,
      orgName: r.org_name,
      memberCount: r.member_count,
      monthlyIncomeFen: r.monthly_income_fen,
      updatedAt: r.updated_at,
    }),
    sortKey,
  );
}
