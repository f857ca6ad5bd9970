import { type Division, listCounties, listPrefectures, SINAN_SCHEME, ZUNYI_SCHEME } from '@bangfu/domain';
import { apportion } from '../apportion';
import { planOf } from './claim-profiles';
import { balanceFixedPayouts, claimQuotas } from './claim-quotas';
import { SEED_SCHEMES, schemeForCounty } from './seed-schemes';
import { ARTICLE_MUTUAL_AID as A, MEMBER_WEIGHTS, scaledToHouseholds } from './targets';
import { ZUNYI_MAX_PLANS } from './zunyi-choice';

export interface CountyQuota {
  readonly countyCode: string;
  readonly prefectureCode: string;
  readonly schemeCode: string;
  readonly units: number;
  readonly members: number;
}

export interface ClaimQuota {
  readonly schemeCode: string;
  readonly planCode: string;
  readonly claims: number;
}

/** Everything the generator will write, counted before a row is drawn: pure and exact. */
export interface MutualAidSeedPlan {
  readonly households: number;
  readonly counties: readonly CountyQuota[];
  readonly units: number;
  readonly members: number;
  readonly membersByScheme: Readonly<Record<string, number>>;
  /** Plans chosen by 遵义's members (10 yuan each): tuned so the contributions hit the target. */
  readonly zunyiEnrolments: number;
  readonly raisedTargetFen: number;
  readonly raisedFen: number;
  readonly claims: readonly ClaimQuota[];
  readonly claimCount: number;
  readonly paidFen: number;
  readonly pharmacyAccounts: number;
}

/** Central district first, then other districts, county-level cities, counties (as the household seed). */
const countyWeight = (county: Division, index: number): number =>
  county.name.endsWith('区') ? (index === 0 ? 6 : 4) : county.name.endsWith('市') ? 3 : 2;

function countyQuotas(units: number, members: number): CountyQuota[] {
  const prefectures = listPrefectures();
  const weights = prefectures.map((p) => MEMBER_WEIGHTS[p.code] ?? 1);
  const memberShares = apportion(members, weights);
  const unitShares = apportion(units, weights);
  return prefectures.flatMap((p, i) => {
    const counties = listCounties(p.code);
    // Every scheme region keeps a unit at any scale (铜仁 has two: 思南 and the rest).
    const regions = new Set(counties.map((c) => schemeForCounty(c.code).code)).size;
    const u = Math.max(unitShares[i] ?? 0, regions);
    const perCounty = apportion(
      u,
      counties.map((c, j) => countyWeight(c, j)),
    );
    const sinan = counties.findIndex((c) => c.code === SINAN_SCHEME.divisionCode);
    if (sinan >= 0 && perCounty[sinan] === 0) {
      const largest = perCounty.indexOf(Math.max(...perCounty));
      perCounty[largest] = (perCounty[largest] ?? 0) - 1;
      perCounty[sinan] = 1;
    }
    // At least one member per unit; the rest in proportion to the units.
    const m = Math.max(memberShares[i] ?? 0, u);
    const extra = apportion(m - u, perCounty);
    return counties.map((c, j) => ({
      countyCode: c.code,
      prefectureCode: p.code,
      schemeCode: schemeForCounty(c.code).code,
      units: perCounty[j] ?? 0,
      members: (perCounty[j] ?? 0) + (extra[j] ?? 0),
    }));
  });
}

/** Per-member contribution of a one-plan scheme (the same for hardship and ordinary members). */
function memberFen(schemeCode: string): number {
  const scheme = SEED_SCHEMES.find((s) => s.code === schemeCode);
  const plan = scheme?.plans[0];
  if (!plan || scheme.plans.length !== 1) throw new Error(`${schemeCode}: not a one-plan scheme`);
  return plan.contribution.totalFen;
}

const ZUNYI_PLAN_FEN = planOf(ZUNYI_SCHEME, 'ACCIDENT').contribution.totalFen;

/**
 * 遵义's members choose how many plans they buy, so their number of choices is the one free
 * figure: it is set so that the province raises exactly the (scaled) target, within 1–3 plans a member.
 */
function zunyiChoices(membersByScheme: Record<string, number>, target: number): number {
  const zunyi = membersByScheme[ZUNYI_SCHEME.code] ?? 0;
  let others = 0;
  for (const [code, n] of Object.entries(membersByScheme))
    if (code !== ZUNYI_SCHEME.code) others += n * memberFen(code);
  const wanted = Math.round((target - others) / ZUNYI_PLAN_FEN);
  return Math.min(zunyi * ZUNYI_MAX_PLANS, Math.max(zunyi, wanted));
}

export function planMutualAid(households: number): MutualAidSeedPlan {
  const counties = countyQuotas(
    Math.max(1, scaledToHouseholds(A.units, households)),
    scaledToHouseholds(A.members, households),
  );
  const membersByScheme: Record<string, number> = {};
  for (const c of counties) membersByScheme[c.schemeCode] = (membersByScheme[c.schemeCode] ?? 0) + c.members;
  const raisedTargetFen = Math.round(scaledToHouseholds(A.raisedFen, households) / 1000) * 1000;
  const zunyiEnrolments = zunyiChoices(membersByScheme, raisedTargetFen);
  let raisedFen = zunyiEnrolments * ZUNYI_PLAN_FEN;
  for (const [code, n] of Object.entries(membersByScheme))
    if (code !== ZUNYI_SCHEME.code) raisedFen += n * memberFen(code);
  const paidFen = scaledToHouseholds(A.paidFen, households);
  const claims = claimQuotas(membersByScheme, zunyiEnrolments, scaledToHouseholds(A.paidClaims, households));
  balanceFixedPayouts(claims, paidFen);
  return {
    households,
    counties,
    units: counties.reduce((s, c) => s + c.units, 0),
    members: counties.reduce((s, c) => s + c.members, 0),
    membersByScheme,
    zunyiEnrolments,
    raisedTargetFen,
    raisedFen,
    claims,
    claimCount: claims.reduce((s, c) => s + c.claims, 0),
    paidFen,
    pharmacyAccounts: scaledToHouseholds(A.pharmacyAccounts, households),
  };
}
