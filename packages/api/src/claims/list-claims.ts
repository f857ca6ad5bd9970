import type { ClaimList } from '@bangfu/domain';
import { decodeCursor, type Page, toPage } from '../common/page-cursor';
import { getOrgInScope, subtreePattern } from '../common/scope';
import { type ClaimSummaryDto, toClaimSummary } from './claim-dto';
import type { StaffContext } from './claims-errors';

/** Claims of a union's subtree (the actor's own by default), newest first (UUIDv7 id order). */
export async function listClaims({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: ClaimList;
}): Promise<Page<ClaimSummaryDto>> {
  const path = input.orgId ? (await getOrgInScope(ctx.db, ctx.actor, input.orgId)).path : ctx.actor.orgPath;
  let q = ctx.db
    .selectFrom('ma_claim as c')
    .innerJoin('ma_member as m', 'm.id', 'c.member_id')
    .selectAll('c')
    .select('m.name as member_name')
    .where('c.org_path', 'like', subtreePattern(path))
    .orderBy('c.id', 'desc')
    .limit(input.limit + 1);
  if (input.status) q = q.where('c.status', '=', input.status);
  const after = decodeCursor(input.cursor);
  if (after) q = q.where('c.id', '<', after.id);
  return toPage(await q.execute(), input.limit, toClaimSummary, () => null);
}
