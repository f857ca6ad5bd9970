import { describe, expect, it } from 'vitest';
import { LIUPANSHUI_SCHEME } from '../scheme/demo';
import type { MutualAidScheme } from '../scheme/scheme-schema';
import { aMember, aStay, yuan } from './claim-examples';
import { pharmacyPurchase } from './pharmacy-purchase';
import { type ReAdjudicationCase, reAdjudicate } from './re-adjudicate';

/** The hardship rate from 70 % to 80 %, everything else as it was. */
const at80: MutualAidScheme = {
  ...LIUPANSHUI_SCHEME,
  plans: LIUPANSHUI_SCHEME.plans.map((p) => ({
    ...p,
    bands: p.bands.map((b) => ({ ...b, ratePermilleHardship: 800 })),
  })),
};

const later = {
  eventDate: '2016-10-01',
  admissionDate: '2016-10-01',
  dischargeDate: '2016-10-30',
  submittedOn: '2016-11-05',
};
const cases: ReAdjudicationCase[] = [
  {
    claimId: 'c2',
    memberKey: 'hardship-1',
    member: aMember({ hardship: true }),
    claim: aStay('INPATIENT', 40_000, later),
    paidFen: yuan(15_000),
  },
  {
    claimId: 'c1',
    memberKey: 'hardship-1',
    member: aMember({ hardship: true }),
    claim: aStay('INPATIENT', 50_000),
    paidFen: yuan(35_000),
  },
  {
    claimId: 'c3',
    memberKey: 'ordinary-1',
    member: aMember(),
    claim: aStay('INPATIENT', 10_000),
    paidFen: yuan(5_000),
  },
];

describe('what-if: re-adjudicate last year under a changed scheme', () => {
  it('re-runs each member in date order, so the yearly cap is consumed by the new payouts', () => {
    const s = reAdjudicate(cases, at80);
    // c1: 50,000 × 80 % = 40,000; c2: 32,000 but only 10,000 left of the 50,000 cap; c3 unchanged.
    expect(s.cases).toEqual([
      { claimId: 'c2', beforeFen: yuan(15_000), afterFen: yuan(10_000), deltaFen: -yuan(5_000) },
      { claimId: 'c1', beforeFen: yuan(35_000), afterFen: yuan(40_000), deltaFen: yuan(5_000) },
      { claimId: 'c3', beforeFen: yuan(5_000), afterFen: yuan(5_000), deltaFen: 0 },
    ]);
    expect(s).toMatchObject({ totalBeforeFen: yuan(55_000), totalAfterFen: yuan(55_000), deltaFen: 0 });
  });

  it('under the unchanged scheme reproduces what was paid, and leaves its input untouched', () => {
    const snapshot = structuredClone(cases);
    expect(reAdjudicate(cases, LIUPANSHUI_SCHEME).deltaFen).toBe(0);
    expect(cases).toEqual(snapshot);
  });

  it('shows the cost of 80 % for claims under the cap: 1,000 more per hardship stay of 10,000', () => {
    const paidAt70 = [yuan(7_000), yuan(7_000), yuan(5_000)];
    const small = cases.map((c, i) => ({
      ...c,
      claim: aStay('INPATIENT', 10_000, i === 0 ? later : {}),
      paidFen: paidAt70[i] ?? 0,
    }));
    expect(reAdjudicate(small, LIUPANSHUI_SCHEME).deltaFen).toBe(0);
    expect(reAdjudicate(small, at80)).toMatchObject({
      totalBeforeFen: yuan(19_000),
      totalAfterFen: yuan(21_000),
      deltaFen: yuan(2_000),
    });
  });
});

describe('pharmacy subsidy purchases', () => {
  it('spends the balance down to zero and no further', () => {
    expect(pharmacyPurchase(yuan(1_000), yuan(999))).toEqual({ ok: true, balanceFen: yuan(1) });
    expect(pharmacyPurchase(yuan(1), yuan(1))).toEqual({ ok: true, balanceFen: 0 });
    expect(pharmacyPurchase(yuan(1), yuan(1) + 1)).toMatchObject({
      ok: false,
      balanceFen: yuan(1),
      refused: { code: 'INSUFFICIENT_BALANCE' },
    });
  });

  it.each([0, -5, 1.5, Number.NaN])('refuses the amount %s', (amount) => {
    expect(pharmacyPurchase(yuan(1_000), amount)).toMatchObject({
      ok: false,
      refused: { code: 'INVALID_AMOUNT' },
    });
  });
});
