import { ZUNYI_SCHEME } from '@bangfu/domain';
import { apportion } from '../apportion';
import { fixedPayoutBound, payoutKind, planOf, planProfile } from './claim-profiles';
import { SEED_SCHEMES } from './seed-schemes';
import { expectedZunyiEnrolments } from './zunyi-choice';

/** Paid claims per plan: the province's total shared by expected enrolments times each plan's incidence. */
export function claimQuotas(
  membersByScheme: Record<string, number>,
  zunyiEnrolments: number,
  total: number,
): { schemeCode: string; planCode: string; claims: number }[] {
  const slots = SEED_SCHEMES.flatMap((scheme) => {
    const members = membersByScheme[scheme.code] ?? 0;
    const expected =
      scheme.code === ZUNYI_SCHEME.code ? expectedZunyiEnrolments(members, zunyiEnrolments) : null;
    return scheme.plans.map((plan) => {
      const enrolled = expected ? (expected[plan.code] ?? 0) : members;
      const weight = Math.round(enrolled * planProfile(scheme.code, plan.code).perMyriad);
      return { schemeCode: scheme.code, planCode: plan.code, weight };
    });
  });
  const counts = apportion(
    total,
    slots.map((s) => s.weight),
  );
  return slots.map((s, i) => ({ schemeCode: s.schemeCode, planCode: s.planCode, claims: counts[i] ?? 0 }));
}

/**
 * At a small scale a single 12,000-yuan lump sum can exceed the whole budget: while fixed-sum claims
 * could take more than 80 % of it, one of them becomes a claim on the largest cost-sharing plan.
 */
export function balanceFixedPayouts(
  claims: { schemeCode: string; planCode: string; claims: number }[],
  paid: number,
) {
  const plan = (q: { schemeCode: string; planCode: string }) =>
    planOf(SEED_SCHEMES.find((s) => s.code === q.schemeCode)!, q.planCode);
  const fixed = claims.filter((q) => payoutKind(plan(q)) !== 'RATIO');
  const ratio = claims.filter((q) => payoutKind(plan(q)) === 'RATIO');
  const bound = () => fixed.reduce((s, q) => s + q.claims * fixedPayoutBound(plan(q)), 0);
  while (bound() > paid * 0.8) {
    const from = [...fixed]
      .filter((q) => q.claims > 0)
      .sort((a, b) => fixedPayoutBound(plan(b)) - fixedPayoutBound(plan(a)))[0];
    const to = [...ratio].sort((a, b) => b.claims - a.claims)[0];
    if (!from || !to) break;
    from.claims -= 1;
    to.claims += 1;
  }
}
