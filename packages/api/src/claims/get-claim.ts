import { subtreePattern } from '../common/scope';
import { type ClaimDto, toClaimDto } from './claim-dto';
import { claimNotFound, type StaffContext } from './claims-errors';

/** One claim of the actor's subtree with its adjudication steps and their explanation. */
export async function getClaim({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: { claimId: string };
}): Promise<ClaimDto> {
  const row = await ctx.db
    .selectFrom('ma_claim as c')
    .innerJoin('ma_member as m', 'm.id', 'c.member_id')
    .selectAll('c')
    .select('m.name as member_name')
    .where('c.id', '=', input.claimId)
    .where('c.org_path', 'like', subtreePattern(ctx.actor.orgPath))
    .executeTakeFirst();
  if (!row) throw claimNotFound();
  return toClaimDto(row);
}
