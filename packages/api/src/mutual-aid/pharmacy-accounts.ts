import { getOrgInScope } from '../common/scope';
import type { StaffContext } from './mutual-aid-errors';
import { type PharmacyAccountDto, selectPharmacyAccounts, toPharmacyAccountDto } from './pharmacy-rows';

/** 药房补助账户 of the members under a union (in the actor's scope), newest year first. */
export async function pharmacyAccounts({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: { orgId: string; year?: number };
}): Promise<PharmacyAccountDto[]> {
  const org = await getOrgInScope(ctx.db, ctx.actor, input.orgId);
  let q = selectPharmacyAccounts(ctx.db, org.path)
    .orderBy('a.year', 'desc')
    .orderBy('m.name')
    .orderBy('a.id')
    .limit(2000);
  if (input.year !== undefined) q = q.where('a.year', '=', input.year);
  return (await q.execute()).map(toPharmacyAccountDto);
}
