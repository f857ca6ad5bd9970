import type { SecondReviewReason } from './claim-enums';
import type { MutualAidClaimsPolicy } from './claims-policy';

/**
 * A number in 0..999 drawn from the claim's id (FNV-1a). Seeded by the id, so the draw is the
 * same every time it is recomputed and nobody can re-roll it by resubmitting the same claim.
 */
export function secondReviewTicket(claimId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < claimId.length; i++) {
    hash ^= claimId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 1000;
}

/** Whether a claim needs a second reviewer, and why; an amount above the line wins over the draw. */
export function drawSecondReview(
  input: { claimId: string; payableFen: number },
  policy: MutualAidClaimsPolicy,
): SecondReviewReason | null {
  if (input.payableFen > policy.secondReviewAboveFen) return 'ABOVE_AMOUNT';
  if (input.payableFen <= 0) return null;
  return secondReviewTicket(input.claimId) < policy.secondReviewSharePermille ? 'RANDOM' : null;
}
