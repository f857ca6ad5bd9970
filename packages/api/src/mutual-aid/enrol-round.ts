import type { Database } from '@bangfu/db';
import { DEFAULT_MUTUAL_AID_POLICY, MUTUAL_AID_POLICY_KIND, MutualAidPolicySchema } from '@bangfu/domain';
import type { Transaction } from 'kysely';
import { businessDate } from '../common/business-date';
import { loadPolicy } from '../policies/load-policy';
import type { EnrolRound } from './enrol-one';
import { ruleViolation, type StaffContext } from './mutual-aid-errors';
import { payerOrgsFor } from './payer-orgs';
import { getSchemeForEnrolment } from './scheme-rows';
import { getUnitInScope } from './unit-rows';

/**
 * Loads what an enrolment round needs, checking scope first: the unit (locked, so group counts
 * of two rounds cannot interleave), the scheme version open for the term, and the policy.
 */
export async function openEnrolRound(
  trx: Transaction<Database>,
  ctx: StaffContext,
  input: { unitId: string; schemeId: string; termYear: number; roundCounts: ReadonlyMap<string, number> },
): Promise<EnrolRound> {
  const unit = await getUnitInScope(trx, { id: input.unitId, orgPath: ctx.actor.orgPath, forUpdate: true });
  const { row, scheme } = await getSchemeForEnrolment(trx, {
    id: input.schemeId,
    orgPath: ctx.actor.orgPath,
    termYear: input.termYear,
  });
  if (!unit.org_path.startsWith(row.org_path)) {
    throw ruleViolation({
      zh: '该单位不在此互助方案的地区内',
      en: "The unit is outside this scheme's region",
    });
  }
  const policy = await loadPolicy(
    trx,
    MUTUAL_AID_POLICY_KIND,
    MutualAidPolicySchema,
    DEFAULT_MUTUAL_AID_POLICY,
  );
  return {
    unit,
    schemeRow: row,
    scheme,
    policy: policy.body,
    policyVersion: policy.version,
    payerOrgs: await payerOrgsFor(trx, unit, row.org_id),
    termYear: input.termYear,
    enrolledOn: businessDate(ctx.now()),
    roundCounts: input.roundCounts,
  };
}
