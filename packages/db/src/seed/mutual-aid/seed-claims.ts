import type { ClaimHistory } from '@bangfu/domain';
import type { Rng } from '../prng';
import { type ClaimShape, drawClaimShape } from './claim-bodies';
import { type Adjudicated, adjudicateShape, claimPaying, isRatioShape, ratioTargets } from './claim-payouts';
import { type ClaimRows, claimRows } from './claim-rows';
import type { MutualAidSeedContext } from './context';
import type { EnrolledPlan } from './enrolment-rows';
import type { ClaimQuota } from './plan-mutual-aid';

/**
 * Picks, per plan, the planned number of claimants uniformly among that plan's enrolments as they
 * stream past (reservoir sampling), so the members never have to be held in memory.
 */
export class ClaimantDraw {
  private readonly pools = new Map<string, { quota: number; seen: number; picked: EnrolledPlan[] }>();

  constructor(
    private readonly rng: Rng,
    quotas: readonly ClaimQuota[],
  ) {
    for (const q of quotas)
      this.pools.set(`${q.schemeCode}/${q.planCode}`, { quota: q.claims, seen: 0, picked: [] });
  }

  offer(e: EnrolledPlan): void {
    const pool = this.pools.get(`${e.unit.scheme.code}/${e.plan.code}`);
    if (!pool || pool.quota === 0) return;
    pool.seen++;
    if (pool.picked.length < pool.quota) pool.picked.push(e);
    else {
      const j = this.rng.int(0, pool.seen - 1);
      if (j < pool.quota) pool.picked[j] = e;
    }
  }

  /** The claimants, or an error when a plan had fewer enrolments than planned claims. */
  picked(): EnrolledPlan[] {
    for (const [key, pool] of this.pools)
      if (pool.picked.length < pool.quota)
        throw new Error(`${key}: ${pool.quota} claims planned but only ${pool.seen} enrolments`);
    return [...this.pools.values()].flatMap((p) => p.picked);
  }
}

const byEventThenEnrolment = (a: ClaimShape, b: ClaimShape): number =>
  a.eventDate === b.eventDate
    ? a.enrolled.enrolmentId.localeCompare(b.enrolled.enrolmentId)
    : a.eventDate.localeCompare(b.eventDate);

/**
 * The year's paid claims: lump sums and allowances pay what the scheme says; the cost-sharing
 * claims share the rest of `paidFen`, and each one's bills are tuned until adjudicateClaim pays
 * exactly its share. Each claim is adjudicated with the member's earlier claims in the scheme as
 * history, as the API does, so the stored steps are adjudicateClaim's for the stored body.
 */
export function seedClaims(
  ctx: MutualAidSeedContext,
  input: { claimants: readonly EnrolledPlan[]; paidFen: number; schemeIdOf: (code: string) => string },
): ClaimRows[] {
  const shapes = input.claimants.map((e) => drawClaimShape(ctx.rng, e)).sort(byEventThenEnrolment);
  const fixed = new Map<ClaimShape, number>();
  for (const s of shapes)
    if (!isRatioShape(s)) fixed.set(s, adjudicateShape(s, s.fixedBaseFen, []).result.payableFen);
  const fixedFen = [...fixed.values()].reduce((a, b) => a + b, 0);
  const ratio = shapes.filter(isRatioShape);
  const targets = new Map<ClaimShape, number>();
  ratioTargets(ctx.rng, ratio, input.paidFen - fixedFen).forEach((t, i) => {
    targets.set(ratio[i] as ClaimShape, t);
  });
  const histories = new Map<string, ClaimHistory>();
  return shapes.map((shape) => {
    const { enrolled } = shape;
    const key = `${enrolled.memberId}/${enrolled.unit.scheme.code}`;
    const history = histories.get(key) ?? [];
    const target = targets.get(shape);
    const adjudicated: Adjudicated =
      target === undefined
        ? adjudicateShape(shape, shape.fixedBaseFen, history)
        : claimPaying(shape, target, history);
    const payable = adjudicated.result.payableFen;
    if (payable <= 0 || (target === undefined && payable !== fixed.get(shape)))
      throw new Error(
        `claim under ${enrolled.plan.code} pays ${payable} fen (${adjudicated.result.refused?.code})`,
      );
    history.push({
      planCode: enrolled.plan.code,
      paidFen: payable,
      baseFen: adjudicated.result.countedBaseFen,
      date: shape.eventDate,
      ...(adjudicated.body.icd10 ? { icd10: adjudicated.body.icd10 } : {}),
    });
    histories.set(key, history);
    return claimRows(ctx, { shape, adjudicated, schemeId: input.schemeIdOf(enrolled.unit.scheme.code) });
  });
}
