import type { Database } from '@bangfu/db';
import type { MutualAidPolicy, PharmacyTopUpSchema } from '@bangfu/domain';
import type { Transaction } from 'kysely';
import type { z } from 'zod';
import { getOrgInScope, subtreePattern } from '../common/scope';
import { schemeVersionIds } from './fund-accounts';
import type { StaffContext } from './mutual-aid-errors';
import { getVisibleScheme } from './scheme-rows';

/** 特困职工: members linked to a file whose category and state the policy lists; one per person. */
export async function extremelyPoorMembers(
  trx: Transaction<Database>,
  ctx: StaffContext,
  input: z.infer<typeof PharmacyTopUpSchema>,
  policy: MutualAidPolicy,
) {
  let q = trx
    .selectFrom('ma_member as m')
    .innerJoin('household as h', 'h.id', 'm.household_id')
    .innerJoin('ma_unit as u', 'u.id', 'm.unit_id')
    .distinctOn('m.id_number_bidx')
    .select(['m.id', 'm.org_path', 'u.org_id as unit_org_id'])
    .where('h.category', 'in', policy.pharmacyCategories)
    .where('h.status', 'in', policy.hardshipStatuses)
    .where('m.org_path', 'like', subtreePattern(ctx.actor.orgPath))
    .orderBy('m.id_number_bidx')
    .orderBy('m.id');
  if (input.orgId) {
    const org = await getOrgInScope(trx, ctx.actor, input.orgId);
    q = q.where('m.org_path', 'like', subtreePattern(org.path));
  } else {
    const scheme = await getVisibleScheme(trx, { id: input.schemeId ?? '', orgPath: ctx.actor.orgPath });
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('ma_enrolment as e')
          .select('e.id')
          .whereRef('e.member_id', '=', 'm.id')
          .where('e.status', '=', 'ACTIVE')
          .where('e.scheme_id', 'in', schemeVersionIds(trx, scheme.code, scheme.term_year)),
      ),
    );
  }
  return q.execute();
}
