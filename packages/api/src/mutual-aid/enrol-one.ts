import { type Database, newId } from '@bangfu/db';
import {
  checkEnrolmentEligibility,
  type EligibilityReason,
  enrolmentCover,
  type MutualAidPolicy,
  type MutualAidScheme,
  planChoiceProblems,
  splitContribution,
} from '@bangfu/domain';
import { sql, type Transaction } from 'kysely';
import { plansHeld, unitEnrolledCount } from './enrolment-queries';
import { findHardshipLink, type MemberFacts, upsertMember } from './member-rows';
import { notEligible, ruleViolation, type StaffContext } from './mutual-aid-errors';
import type { PayerOrgs } from './payer-orgs';
import { planOf, type SchemeRow } from './scheme-rows';
import type { UnitRow } from './unit-rows';

/** What one enrolment round shares: the unit, the scheme version, the policy, the day. */
export interface EnrolRound {
  unit: UnitRow;
  schemeRow: SchemeRow;
  scheme: MutualAidScheme;
  policy: MutualAidPolicy;
  /** Stored with the decision: which configuration decided who counts as a hardship member. */
  policyVersion: number;
  payerOrgs: PayerOrgs;
  termYear: number;
  enrolledOn: string;
  /** Per plan: how many of the unit's staff this round enrols (group plans count them together). */
  roundCounts: ReadonlyMap<string, number>;
}

export interface EnrolOutcome {
  memberId: string;
  householdId: string | null;
  hardship: boolean;
  enrolmentIds: string[];
}

/**
 * Enrols one person in the chosen plans: plan choice (exclusive groups, maximum), eligibility
 * per plan, the link to a hardship file, then one enrolment per plan with its contribution
 * split by payer. Every check runs before the first write, so a refusal leaves nothing behind.
 */
export async function enrolOne(
  trx: Transaction<Database>,
  ctx: StaffContext,
  round: EnrolRound,
  facts: MemberFacts,
  planCodes: readonly string[],
): Promise<EnrolOutcome> {
  const bidx = ctx.crypto.blindIndex(facts.idNumber);
  // One enrolment per person at a time, so exclusive plans cannot slip in side by side.
  await sql`select pg_advisory_xact_lock(7426013, hashtext(${bidx}))`.execute(trx);
  const problems = planChoiceProblems(
    round.scheme,
    planCodes,
    await plansHeld(trx, { bidx, schemeCode: round.scheme.code, termYear: round.termYear }),
  );
  if (problems.length > 0) {
    throw ruleViolation(
      { zh: problems.map((p) => p.label.zh).join(';'), en: problems.map((p) => p.label.en).join('; ') },
      problems,
    );
  }
  const reasons: EligibilityReason[] = [];
  const plans = [];
  for (const code of planCodes) {
    const plan = planOf(round.scheme, code);
    const cover = enrolmentCover(plan, round.termYear, round.enrolledOn);
    const enrollingCount =
      (await unitEnrolledCount(trx, {
        unitId: round.unit.id,
        schemeCode: round.scheme.code,
        planCode: code,
        termYear: round.termYear,
      })) + (round.roundCounts.get(code) ?? 1);
    const unit = { staffCount: round.unit.staff_count, enrollingCount };
    const verdict = checkEnrolmentEligibility(plan, facts, unit, cover.coverFrom);
    if (round.enrolledOn > cover.coverTo) {
      verdict.reasons.push({
        code: 'TERM_OVER',
        label: {
          zh: `本期保障已于 ${cover.coverTo} 结束`,
          en: `This term's cover ended on ${cover.coverTo}`,
        },
      });
    }
    for (const r of verdict.reasons)
      reasons.push({
        code: r.code,
        label: { zh: `${plan.name.zh}:${r.label.zh}`, en: `${plan.name.en}: ${r.label.en}` },
      });
    plans.push({ plan, cover });
  }
  if (reasons.length > 0) throw notEligible(reasons);

  const link = await findHardshipLink(trx, bidx, round.policy);
  const now = ctx.now();
  const memberId = await upsertMember(trx, { crypto: ctx.crypto, unit: round.unit, facts, bidx, link, now });
  const renewed = new Set(
    await plansHeld(trx, { bidx, schemeCode: round.scheme.code, termYear: round.termYear - 1 }),
  );
  const enrolmentIds: string[] = [];
  for (const { plan, cover } of plans) {
    const id = newId(now.getTime());
    await trx
      .insertInto('ma_enrolment')
      .values({
        id,
        member_id: memberId,
        unit_id: round.unit.id,
        scheme_id: round.schemeRow.id,
        scheme_code: round.scheme.code,
        plan_code: plan.code,
        term_year: round.termYear,
        enrolled_on: round.enrolledOn,
        cover_from: cover.coverFrom,
        cover_to: cover.coverTo,
        first_enrolment: !renewed.has(plan.code),
        hardship: link.hardship,
        org_path: round.unit.org_path,
        created_by: ctx.actor.userId,
        created_at: now,
      })
      .execute();
    const shares = splitContribution(plan, { hardship: link.hardship });
    if (shares.length > 0) {
      await trx
        .insertInto('ma_contribution')
        .values(
          shares.map((s) => ({
            id: newId(now.getTime()),
            enrolment_id: id,
            scheme_id: round.schemeRow.id,
            payer: s.payer,
            payer_org_id: round.payerOrgs[s.payer],
            amount_fen: s.fen,
            org_path: round.unit.org_path,
          })),
        )
        .execute();
    }
    enrolmentIds.push(id);
  }
  return { memberId, householdId: link.householdId, hardship: link.hardship, enrolmentIds };
}
