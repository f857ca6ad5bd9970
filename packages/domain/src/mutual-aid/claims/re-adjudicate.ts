import type { MutualAidScheme } from '../scheme/scheme-schema';
import { adjudicateClaim } from './adjudicate-claim';
import type { ClaimRefusal } from './claim-enums';
import type { AdjudicationMember, Claim, ClaimHistory } from './claim-schema';

/** One real claim as it was decided: who (a stable key per member), the facts, and what was paid. */
export interface ReAdjudicationCase {
  claimId: string;
  memberKey: string;
  member: AdjudicationMember;
  claim: Claim;
  paidFen: number;
}

export interface ReAdjudicationOutcome {
  claimId: string;
  beforeFen: number;
  afterFen: number;
  deltaFen: number;
  refused?: ClaimRefusal;
}

export interface ReAdjudicationSummary {
  cases: ReAdjudicationOutcome[];
  totalBeforeFen: number;
  totalAfterFen: number;
  deltaFen: number;
}

/**
 * What-if: decides a set of past claims again under a changed scheme and totals the difference.
 * Each member's claims run in date order with a history built from the NEW payouts, so caps and
 * yearly deductibles are consumed as they would have been. Returns figures only; real claims are
 * the caller's and stay untouched.
 */
export function reAdjudicate(
  cases: ReAdjudicationCase[],
  changedScheme: MutualAidScheme,
): ReAdjudicationSummary {
  const ordered = [...cases].sort(
    (a, b) =>
      a.memberKey.localeCompare(b.memberKey) ||
      a.claim.eventDate.localeCompare(b.claim.eventDate) ||
      a.claimId.localeCompare(b.claimId),
  );
  const histories = new Map<string, ClaimHistory>();
  const outcomes = new Map<string, ReAdjudicationOutcome>();
  for (const c of ordered) {
    const history = histories.get(c.memberKey) ?? [];
    const result = adjudicateClaim(changedScheme, c.member, c.claim, history);
    const entry = {
      planCode: c.claim.planCode,
      paidFen: result.payableFen,
      baseFen: result.countedBaseFen,
      date: c.claim.eventDate,
    };
    history.push(c.claim.icd10 ? { ...entry, icd10: c.claim.icd10 } : entry);
    histories.set(c.memberKey, history);
    const outcome: ReAdjudicationOutcome = {
      claimId: c.claimId,
      beforeFen: c.paidFen,
      afterFen: result.payableFen,
      deltaFen: result.payableFen - c.paidFen,
    };
    if (result.refused) outcome.refused = result.refused.code;
    outcomes.set(c.claimId, outcome);
  }
  // Report in the order given, so the caller can zip the answer with its rows.
  const list = cases.map((c) => outcomes.get(c.claimId) as ReAdjudicationOutcome);
  const totalBeforeFen = list.reduce((s, o) => s + o.beforeFen, 0);
  const totalAfterFen = list.reduce((s, o) => s + o.afterFen, 0);
  return { cases: list, totalBeforeFen, totalAfterFen, deltaFen: totalAfterFen - totalBeforeFen };
}
