import type { Database } from '@bangfu/db';
import type { AdjudicationMember, MutualAidPlan, MutualAidScheme, Sex } from '@bangfu/domain';
import type { Transaction } from 'kysely';
import { subtreePattern } from '../common/scope';
import { enrolmentNotFound } from './claims-errors';
import { type SchemeRow, schemeBody, schemeInForce } from './scheme-rows';

export interface ClaimEnrolment {
  readonly enrolmentId: string;
  readonly memberId: string;
  readonly householdId: string | null;
  readonly orgPath: string;
  readonly planCode: string;
  readonly termYear: number;
  readonly schemeRow: SchemeRow;
  readonly scheme: MutualAidScheme;
  readonly plan: MutualAidPlan | undefined;
  readonly member: AdjudicationMember;
}

/**
 * Locks the enrolment a claim is filed against (claims of one member are adjudicated one at a
 * time, so each sees the ones before it) and reads it with the scheme version IN FORCE now:
 * a claim is adjudicated under the current rules and keeps them once settled.
 * `scope` is a staff subtree, or the worker's own household; anything else reads as not found.
 */
export async function lockClaimEnrolment(
  trx: Transaction<Database>,
  input: { enrolmentId: string; scope: { orgPath: string } | { householdId: string } },
): Promise<ClaimEnrolment> {
  let q = trx
    .selectFrom('ma_enrolment as e')
    .innerJoin('ma_member as m', 'm.id', 'e.member_id')
    .select([
      'e.id',
      'e.member_id',
      'e.org_path',
      'e.scheme_code',
      'e.plan_code',
      'e.term_year',
      'e.enrolled_on',
      'e.cover_from',
      'e.cover_to',
      'e.first_enrolment',
      'e.hardship',
      'm.household_id',
      'm.sex',
      'm.birth_date',
    ])
    .where('e.id', '=', input.enrolmentId)
    .forUpdate('e');
  q =
    'orgPath' in input.scope
      ? q.where('e.org_path', 'like', subtreePattern(input.scope.orgPath))
      : q.where('m.household_id', '=', input.scope.householdId);
  const e = await q.executeTakeFirst();
  if (!e) throw enrolmentNotFound();
  const schemeRow = await schemeInForce(trx, e.scheme_code, e.term_year);
  const scheme = schemeBody(schemeRow);
  return {
    enrolmentId: e.id,
    memberId: e.member_id,
    householdId: e.household_id,
    orgPath: e.org_path,
    planCode: e.plan_code,
    termYear: e.term_year,
    schemeRow,
    scheme,
    plan: scheme.plans.find((p) => p.code === e.plan_code),
    member: {
      hardship: e.hardship,
      enrolledOn: e.enrolled_on,
      firstEnrolment: e.first_enrolment,
      sex: e.sex as Sex,
      birthDate: e.birth_date,
      coverFrom: e.cover_from,
      coverTo: e.cover_to,
    },
  };
}
