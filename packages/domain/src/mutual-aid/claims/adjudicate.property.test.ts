import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEMO_SCHEMES } from '../scheme/demo';
import type { MutualAidPlan, MutualAidScheme } from '../scheme/scheme-schema';
import { adjudicateClaim } from './adjudicate-claim';
import { aDiagnosis, aMember, aStay } from './claim-examples';
import type { ClaimHistory } from './claim-schema';

/** Every demo plan paired with its scheme, so the properties cover every rule kind we ship. */
const PLANS = DEMO_SCHEMES.flatMap((scheme) => scheme.plans.map((plan) => ({ scheme, plan })));

function claimFor(plan: MutualAidPlan, selfPayFen: number, icd10: string) {
  const base = plan.base === 'DIAGNOSIS_EVENT' ? aDiagnosis(plan.code, icd10) : aStay(plan.code, 0);
  const kind = plan.type === 'ACCIDENT' ? ('ACCIDENT_INJURY' as const) : base.kind;
  const documents = [
    'ID_CARD',
    'UNIT_CERTIFICATE',
    'DIAGNOSIS_CERTIFICATE',
    'DISCHARGE_SUMMARY',
    'MEDICAL_INVOICE',
    'INSURANCE_SETTLEMENT',
  ] as const;
  return {
    ...base,
    kind,
    documents: [...documents],
    selfPayFen,
    policyScopeSelfPayFen: selfPayFen,
    totalCostFen: selfPayFen * 2,
    basicInsurancePaidFen: selfPayFen,
  };
}

/** The most the plan could pay for this claim: its base for ratio plans, the lump or allowance otherwise. */
function ceiling(plan: MutualAidPlan, claim: ReturnType<typeof claimFor>): number {
  if (plan.base === 'TOTAL_ELIGIBLE_COST') return claim.totalCostFen;
  if (plan.base === 'SELF_PAY_AFTER_BASIC') return claim.policyScopeSelfPayFen;
  if (plan.base === 'HOSPITAL_DAYS') return Number.MAX_SAFE_INTEGER;
  return Math.max(...plan.lumpSums.map((l) => l.fen));
}

const arbitraries = {
  planIndex: fc.nat({ max: PLANS.length - 1 }),
  selfPay: fc.integer({ min: 0, max: 50_000_000 }), // up to 500,000 yuan
  extra: fc.integer({ min: 0, max: 20_000_000 }),
  hardship: fc.boolean(),
  icd10: fc.constantFrom('C34.1', 'I21.0', 'C50.9', 'J18.9', 'N18.5'),
  history: fc.array(
    fc.record({
      paidFen: fc.integer({ min: 0, max: 15_000_000 }),
      baseFen: fc.integer({ min: 0, max: 30_000_000 }),
      month: fc.integer({ min: 1, max: 4 }),
    }),
    { maxLength: 3 },
  ),
};

function historyFor(
  plan: MutualAidPlan,
  rows: { paidFen: number; baseFen: number; month: number }[],
): ClaimHistory {
  return rows.map((r) => ({
    planCode: plan.code,
    paidFen: r.paidFen,
    baseFen: r.baseFen,
    date: `2016-0${r.month}-01`,
  }));
}

function run(
  scheme: MutualAidScheme,
  plan: MutualAidPlan,
  selfPay: number,
  hardship: boolean,
  icd10: string,
  history: ClaimHistory,
) {
  const member = aMember({ hardship, sex: plan.eligibility.sex ?? 'MALE' });
  const claim = claimFor(plan, selfPay, icd10);
  return { claim, result: adjudicateClaim(scheme, member, claim, history) };
}

describe('adjudication properties over every demo plan', () => {
  it('never pays a negative or fractional amount, nor more than the base or any cap', () => {
    fc.assert(
      fc.property(
        arbitraries.planIndex,
        arbitraries.selfPay,
        arbitraries.hardship,
        arbitraries.icd10,
        arbitraries.history,
        (i, selfPay, hardship, icd10, rows) => {
          const { scheme, plan } = PLANS[i]!;
          const history = historyFor(plan, rows);
          const { claim, result } = run(scheme, plan, selfPay, hardship, icd10, history);
          expect(Number.isSafeInteger(result.payableFen)).toBe(true);
          expect(result.payableFen).toBeGreaterThanOrEqual(0);
          expect(result.payableFen).toBeLessThanOrEqual(ceiling(plan, claim));
          if (plan.capPerClaimFen !== undefined)
            expect(result.payableFen).toBeLessThanOrEqual(plan.capPerClaimFen);
          if (plan.capPerTermFen !== undefined) {
            const paidBefore = history.reduce((s, h) => s + h.paidFen, 0);
            expect(result.payableFen).toBeLessThanOrEqual(Math.max(0, plan.capPerTermFen - paidBefore));
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never pays less when the self-pay is higher', () => {
    fc.assert(
      fc.property(
        arbitraries.planIndex,
        arbitraries.selfPay,
        arbitraries.extra,
        arbitraries.hardship,
        arbitraries.history,
        (i, selfPay, extra, hardship, rows) => {
          const { scheme, plan } = PLANS[i]!;
          const history = historyFor(plan, rows);
          const lower = run(scheme, plan, selfPay, hardship, 'C34.1', history).result.payableFen;
          const higher = run(scheme, plan, selfPay + extra, hardship, 'C34.1', history).result.payableFen;
          expect(higher).toBeGreaterThanOrEqual(lower);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a hardship worker never gets less than an ordinary worker with the same bills', () => {
    fc.assert(
      fc.property(arbitraries.planIndex, arbitraries.selfPay, (i, selfPay) => {
        const { scheme, plan } = PLANS[i]!;
        const ordinary = run(scheme, plan, selfPay, false, 'C34.1', []).result.payableFen;
        expect(run(scheme, plan, selfPay, true, 'C34.1', []).result.payableFen).toBeGreaterThanOrEqual(
          ordinary,
        );
      }),
    );
  });

  it('the band steps add up to the amount before caps', () => {
    fc.assert(
      fc.property(
        arbitraries.planIndex,
        arbitraries.selfPay,
        arbitraries.hardship,
        (i, selfPay, hardship) => {
          const { scheme, plan } = PLANS[i]!;
          const { result } = run(scheme, plan, selfPay, hardship, 'C34.1', []);
          const bands = result.steps
            .filter((s) => s.code === 'BAND')
            .reduce((s, b) => s + (b.amountFen ?? 0), 0);
          const capped = result.steps.some((s) => s.code.startsWith('CAP_'));
          if (plan.bands.length > 0 && !capped) expect(bands).toBe(result.payableFen);
        },
      ),
    );
  });
});
