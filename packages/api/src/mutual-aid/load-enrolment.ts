import type { Database } from '@bangfu/db';
import type { MutualAidPlan, MutualAidScheme, Sex } from '@bangfu/domain';
import type { Kysely, Transaction } from 'kysely';
import { subtreePattern } from '../common/scope';
import { enrolmentNotFound } from './mutual-aid-errors';
import { parseSchemeBody, planOf } from './scheme-rows';

export interface EnrolmentForClaim {
  scheme: MutualAidScheme & { id: string; version: number };
  plan: MutualAidPlan;
  member: {
    id: string;
    unitId: string;
    name: string;
    householdId: string | null;
    /** The category the enrolment was made in (it fixed the contribution and fixes the rate). */
    hardship: boolean;
    sex: Sex;
    birthDate: string;
    enrolledOn: string;
    firstEnrolment: boolean;
  };
  enrolment: {
    id: string;
    schemeId: string;
    planCode: string;
    termYear: number;
    enrolledOn: string;
    coverFrom: string;
    coverTo: string;
    firstEnrolment: boolean;
    status: string;
    orgPath: string;
  };
}

/**
 * What a claim is judged against: the scheme version the member enrolled in (never a later one),
 * the plan, the member and the enrolment. With `scopePath`, one outside it reads as not found.
 */
export async function loadEnrolmentForClaim(
  trx: Kysely<Database> | Transaction<Database>,
  enrolmentId: string,
  opts: { scopePath?: string } = {},
): Promise<EnrolmentForClaim> {
  let q = trx
    .selectFrom('ma_enrolment as e')
    .innerJoin('ma_member as m', 'm.id', 'e.member_id')
    .innerJoin('ma_scheme as s', 's.id', 'e.scheme_id')
    .select([
      'e.id',
      'e.scheme_id',
      'e.plan_code',
      'e.term_year',
      'e.enrolled_on',
      'e.cover_from',
      'e.cover_to',
      'e.first_enrolment',
      'e.hardship',
      'e.status',
      'e.org_path',
      'm.id as member_id',
      'm.unit_id',
      'm.name',
      'm.household_id',
      'm.sex',
      'm.birth_date',
      's.body',
      's.version',
    ])
    .where('e.id', '=', enrolmentId);
  if (opts.scopePath) q = q.where('e.org_path', 'like', subtreePattern(opts.scopePath));
  const row = await q.executeTakeFirst();
  if (!row) throw enrolmentNotFound();
  const scheme = parseSchemeBody(row);
  return {
    scheme: { ...scheme, id: row.scheme_id, version: row.version },
    plan: planOf(scheme, row.plan_code),
    member: {
      id: row.member_id,
      unitId: row.unit_id,
      name: row.name,
      householdId: row.household_id,
      hardship: row.hardship,
      sex: row.sex as Sex,
      birthDate: row.birth_date,
      enrolledOn: row.enrolled_on,
      firstEnrolment: row.first_enrolment,
    },
    enrolment: {
      id: row.id,
      schemeId: row.scheme_id,
      planCode: row.plan_code,
      termYear: row.term_year,
      enrolledOn: row.enrolled_on,
      coverFrom: row.cover_from,
      coverTo: row.cover_to,
      firstEnrolment: row.first_enrolment,
      status: row.status,
      orgPath: row.org_path,
    },
  };
}
