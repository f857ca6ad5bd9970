import type { LumpSum, MutualAidPlan } from '../scheme/scheme-schema';
import type { ClaimRefusal } from './claim-enums';
import type { ClaimHistory } from './claim-schema';

export function lumpSumMatches(lump: LumpSum, icd10: string | undefined): boolean {
  return icd10 !== undefined && lump.icd10Prefixes.some((prefix) => icd10.startsWith(prefix));
}

/**
 * The listed diagnosis this claim is for, and whether it was already paid: each listed disease
 * pays once per member, on a first diagnosis. Where several tiers match, the highest unpaid one.
 */
export function chooseLumpSum(
  plan: MutualAidPlan,
  claim: { icd10?: string; firstDiagnosis: boolean },
  history: ClaimHistory,
): { lump: LumpSum } | { refusal: ClaimRefusal } {
  if (!claim.firstDiagnosis) return { refusal: 'NOT_FIRST_DIAGNOSIS' };
  const matching = plan.lumpSums.filter((lump) => lumpSumMatches(lump, claim.icd10));
  if (matching.length === 0) return { refusal: 'DIAGNOSIS_NOT_LISTED' };
  const paidBefore = (lump: LumpSum) =>
    history.some((h) => h.planCode === plan.code && h.paidFen > 0 && lumpSumMatches(lump, h.icd10));
  const unpaid = matching.filter((lump) => !paidBefore(lump)).sort((a, b) => b.fen - a.fen);
  const [best] = unpaid;
  return best ? { lump: best } : { refusal: 'ALREADY_PAID' };
}
