import {
  type AdjudicationMember,
  ageOn,
  enrolmentCover,
  type MutualAidPlan,
  type MutualAidScheme,
  type PayerKind,
  splitContribution,
} from '@bangfu/domain';
import type { Insertable } from 'kysely';
import { newId } from '../../ids';
import type { MaContributionTable, MaEnrolmentTable } from '../../schema-parts/mutual-aid-schemes';
import { addIsoDays, type MutualAidSeedContext, officeHours } from './context';
import { MUTUAL_AID_TERM_YEAR } from './targets';
import type { SeedUnit } from './unit-rows';

/** Who owes each payer's share for a unit's members, as payerOrgsFor resolves it in the API. */
export type PayerOrgs = Readonly<Record<PayerKind, { id: string; path: string } | null>>;

/** A member's enrolment in one plan, kept for drawing the year's claims. */
export interface EnrolledPlan {
  readonly enrolmentId: string;
  readonly memberId: string;
  readonly householdId: string | null;
  readonly unit: SeedUnit;
  readonly plan: MutualAidPlan;
  readonly member: AdjudicationMember;
}

/**
 * [A] Share of members joining for the first time in 2016 (the waiting period applies to them):
 * 遵义 and 贵阳 have run their schemes for five years (article), 思南 started in 2016.
 */
const FIRST_TIME: Readonly<Record<string, number>> = {
  'ZUNYI-FIVE-PLANS': 0.15,
  'GUIYANG-CRITICAL': 0.15,
  'LIUPANSHUI-INPATIENT': 0.4,
  'SINAN-INPATIENT': 1,
};

/** Renewals sign up before the common start date; newcomers up to the end of March. */
function enrolmentDay(ctx: MutualAidSeedContext, first: boolean): string {
  return first ? addIsoDays('2015-12-01', ctx.rng.int(0, 120)) : addIsoDays('2015-11-15', ctx.rng.int(0, 45));
}

export interface EnrolmentRows {
  readonly enrolments: Insertable<MaEnrolmentTable>[];
  readonly contributions: Insertable<MaContributionTable>[];
  readonly plans: EnrolledPlan[];
}

/** One enrolment per chosen plan, each with its contribution split by payer, fully paid in. */
export function enrolmentRows(
  ctx: MutualAidSeedContext,
  input: {
    scheme: MutualAidScheme;
    schemeId: string;
    unit: SeedUnit;
    memberId: string;
    householdId: string | null;
    hardship: boolean;
    sex: 'MALE' | 'FEMALE';
    birthDate: string;
    planCodes: readonly string[];
    payerOrgs: PayerOrgs;
  },
): EnrolmentRows {
  const first = ctx.rng.chance(FIRST_TIME[input.scheme.code] ?? 0.5);
  const enrolledOn = enrolmentDay(ctx, first);
  const at = officeHours(enrolledOn);
  const out: EnrolmentRows = { enrolments: [], contributions: [], plans: [] };
  for (const code of input.planCodes) {
    const plan = input.scheme.plans.find((p) => p.code === code);
    if (!plan) throw new Error(`${input.scheme.code} has no plan ${code}`);
    const cover = enrolmentCover(plan, MUTUAL_AID_TERM_YEAR, enrolledOn);
    const id = newId(at.getTime(), ctx.idRng.bytes(10));
    out.enrolments.push({
      id,
      member_id: input.memberId,
      unit_id: input.unit.id,
      scheme_id: input.schemeId,
      scheme_code: input.scheme.code,
      plan_code: code,
      term_year: MUTUAL_AID_TERM_YEAR,
      enrolled_on: enrolledOn,
      cover_from: cover.coverFrom,
      cover_to: cover.coverTo,
      first_enrolment: first,
      hardship: input.hardship,
      org_path: input.unit.org.path,
      created_by: null,
      created_at: at,
    });
    for (const share of splitContribution(plan, { hardship: input.hardship })) {
      out.contributions.push({
        id: newId(at.getTime(), ctx.idRng.bytes(10)),
        enrolment_id: id,
        scheme_id: input.schemeId,
        payer: share.payer,
        payer_org_id: input.payerOrgs[share.payer]?.id ?? null,
        amount_fen: share.fen,
        paid_fen: share.fen,
        org_path: input.unit.org.path,
      });
    }
    out.plans.push({
      enrolmentId: id,
      memberId: input.memberId,
      householdId: input.householdId,
      unit: input.unit,
      plan,
      member: {
        hardship: input.hardship,
        enrolledOn,
        firstEnrolment: first,
        sex: input.sex,
        birthDate: input.birthDate,
        coverFrom: cover.coverFrom,
        coverTo: cover.coverTo,
      },
    });
  }
  return out;
}

/** The female-disease plan's age and sex rule, on the term's start. */
export function femaleEligible(scheme: MutualAidScheme, sex: string, birthDate: string): boolean {
  const plan = scheme.plans.find((p) => p.type === 'FEMALE_DISEASE_TIERED');
  if (!plan || sex !== 'FEMALE') return false;
  const age = ageOn(birthDate, `${MUTUAL_AID_TERM_YEAR}-01-01`);
  return age >= (plan.eligibility.ageMin ?? 0) && age <= (plan.eligibility.ageMax ?? 200);
}
