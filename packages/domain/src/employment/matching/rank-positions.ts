import { isPositionListed } from '../position-rules';
import { canTakePosition, hasCareDuties, matchCandidates, monthlyNeedFen } from './candidates';
import {
  careFactors,
  locationFactor,
  personFactors,
  type Scored,
  salaryFactor,
  skillFactor,
} from './factors';
import type { MatchPolicy } from './match-policy';
import type { MatchHousehold, MatchPosition, RankedPosition } from './match-types';

const sum = (factors: readonly Scored[]): number => factors.reduce((n, f) => n + f.points, 0);

/**
 * 送岗到户: ranks positions for a household by fit, each with the reasons for its score. A position
 * not listed on `asOf`, or one none of the household's candidates may take, never appears; with no
 * candidate the list is empty. Each position names the member who fits it best (highest score,
 * then the member's id). Order: score descending, then position id, so it is deterministic.
 */
export function rankPositions(
  household: MatchHousehold,
  positions: readonly MatchPosition[],
  policy: MatchPolicy,
  asOf: string,
): RankedPosition[] {
  const candidates = matchCandidates(household, policy);
  if (candidates.length === 0) return [];
  const careDuties = hasCareDuties(household, policy);
  const need = monthlyNeedFen(household, policy);
  const ranked: RankedPosition[] = [];
  for (const p of positions) {
    if (!isPositionListed(p, asOf)) continue;
    const shared = [
      locationFactor(household.countyCode, p, policy),
      salaryFactor(need, p, policy),
      ...careFactors(careDuties, p, policy),
    ].filter((f): f is Scored => f !== null);
    let best: RankedPosition | null = null;
    for (const m of candidates) {
      if (!canTakePosition(m, p, policy)) continue;
      const own = [skillFactor(m, p, policy), ...personFactors(m, p, policy)].filter(
        (f): f is Scored => f !== null,
      );
      const factors = [...shared, ...own];
      const score = sum(factors);
      if (best === null || score > best.score || (score === best.score && m.id < best.memberId)) {
        best = { positionId: p.id, memberId: m.id, score, reasons: factors.map((f) => f.reason) };
      }
    }
    if (best) ranked.push(best);
  }
  return ranked.sort((a, b) => b.score - a.score || (a.positionId < b.positionId ? -1 : 1));
}
