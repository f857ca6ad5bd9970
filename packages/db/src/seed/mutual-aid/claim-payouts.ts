import { type AdjudicationResult, adjudicateClaim, type Claim, type ClaimHistory } from '@bangfu/domain';
import { apportion } from '../apportion';
import type { Rng } from '../prng';
import { type ClaimShape, claimBody } from './claim-bodies';
import { payoutCap, payoutKind, planProfile } from './claim-profiles';

export interface Adjudicated {
  readonly body: Claim;
  readonly result: AdjudicationResult;
}

/** The smallest payout a cost-sharing claim is given, so every stored claim pays something. */
const MIN_PAYOUT_FEN = 1_000;

export function adjudicateShape(shape: ClaimShape, baseFen: number, history: ClaimHistory): Adjudicated {
  const body = claimBody(shape, baseFen);
  const { scheme } = shape.enrolled.unit;
  return { body, result: adjudicateClaim(scheme, shape.enrolled.member, body, history) };
}

/**
 * The claim whose adjudication pays exactly `targetFen`: the payout never falls as the base grows
 * and grows by at most a fen per fen (rates ≤ 100 %, each band rounded down), so a binary search on
 * the base reaches every amount up to the caps.
 */
export function claimPaying(shape: ClaimShape, targetFen: number, history: ClaimHistory): Adjudicated {
  const pays = (base: number) => adjudicateShape(shape, base, history);
  let lo = 0;
  let hi = Math.max(targetFen, 100);
  while (pays(hi).result.payableFen < targetFen) {
    lo = hi;
    hi *= 2;
    if (hi > 2 ** 40) throw new Error(`no claim under ${shape.enrolled.plan.code} pays ${targetFen} fen`);
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (pays(mid).result.payableFen >= targetFen) hi = mid;
    else lo = mid;
  }
  const found = pays(hi);
  if (found.result.payableFen !== targetFen)
    throw new Error(`${shape.enrolled.plan.code}: payout jumps past ${targetFen} fen`);
  return found;
}

/** A log-normal factor around 1 (Box–Muller), bounded: most claims small, a few large. */
function spread(rng: Rng): number {
  const z = Math.sqrt(-2 * Math.log(1 - rng.float())) * Math.cos(2 * Math.PI * rng.float());
  return Math.min(8, Math.max(0.15, Math.exp(0.8 * z)));
}

/**
 * Splits `budgetFen` between the cost-sharing claims: each gets at least MIN_PAYOUT_FEN, the rest
 * by its plan's typical payout times a random spread; claims that would pass their plan's cap get
 * the cap and the others share what is left. Sums to the budget exactly.
 */
export function ratioTargets(rng: Rng, shapes: readonly ClaimShape[], budgetFen: number): number[] {
  const n = shapes.length;
  let left = budgetFen - n * MIN_PAYOUT_FEN;
  if (left < 0) throw new Error(`a budget of ${budgetFen} fen cannot pay ${n} claims`);
  const out = shapes.map(() => MIN_PAYOUT_FEN);
  const weights = shapes.map((s) =>
    Math.max(
      1,
      Math.round(planProfile(s.enrolled.unit.scheme.code, s.enrolled.plan.code).typicalYuan * spread(rng)),
    ),
  );
  const caps = shapes.map((s) => payoutCap(s.enrolled.plan));
  let open = shapes.map((_, i) => i);
  for (;;) {
    if (open.length === 0) throw new Error('every claim is at its cap; the budget cannot be paid');
    const shares = apportion(
      left,
      open.map((i) => weights[i] ?? 1),
    );
    const over = open.filter((i, k) => (out[i] ?? 0) + (shares[k] ?? 0) > (caps[i] ?? 0));
    if (over.length === 0) {
      open.forEach((i, k) => {
        out[i] = (out[i] ?? 0) + (shares[k] ?? 0);
      });
      return out;
    }
    for (const i of over) {
      left -= (caps[i] ?? 0) - (out[i] ?? 0);
      out[i] = caps[i] ?? 0;
    }
    open = open.filter((i) => !over.includes(i));
  }
}

export const isRatioShape = (s: ClaimShape): boolean => payoutKind(s.enrolled.plan) === 'RATIO';
