import { describe, expect, it } from 'vitest';
import { LIUPANSHUI_SCHEME } from '../scheme/demo';
import { type MutualAidScheme, MutualAidSchemeSchema } from '../scheme/scheme-schema';
import { adjudicateClaim } from './adjudicate-claim';
import { aMember, aStay, yuan } from './claim-examples';
import { explainAdjudication } from './explain-adjudication';

/**
 * 申旭 (article): 991,600 yuan of cost, basic insurance 864,400, self-pay 127,200, mutual aid 88,400.
 * The article gives no rule. [A] a plausible hardship-worker plan that reproduces it exactly:
 * 思南's 5,000 threshold, 六盘水's 70 % hardship rate, 75 % above 70,000 of self-pay (catastrophic
 * cost), capped at 100,000 a year: (70,000 − 5,000) × 70 % + (127,200 − 70,000) × 75 %
 * = 45,500 + 42,900 = 88,400. The article's figures span his dialysis since 2009; we treat them as
 * one base because it gives no yearly breakdown.
 */
const SHEN_XU_SCHEME: MutualAidScheme = MutualAidSchemeSchema.parse({
  ...LIUPANSHUI_SCHEME,
  code: 'ILLUSTRATIVE-SHEN-XU',
  divisionCode: '520100',
  plans: [
    {
      ...LIUPANSHUI_SCHEME.plans[0],
      type: 'INPATIENT_TIERED',
      deductible: { perYearFen: yuan(5_000) },
      bands: [
        { fromFen: 0, toFen: yuan(70_000), ratePermille: 500, ratePermilleHardship: 700 },
        { fromFen: yuan(70_000), toFen: null, ratePermille: 550, ratePermilleHardship: 750 },
      ],
      capPerTermFen: yuan(100_000),
    },
  ],
});

const dialysis = {
  ...aStay('INPATIENT', 127_200),
  totalCostFen: yuan(991_600),
  basicInsurancePaidFen: yuan(864_400),
  icd10: 'N18.5',
};

describe('申旭 under an illustrative plan [A]', () => {
  it('127,200 self-pay → 88,400 of mutual aid; he is left with 38,800', () => {
    const r = adjudicateClaim(SHEN_XU_SCHEME, aMember({ hardship: true }), dialysis, []);
    expect(r.payableFen).toBe(yuan(88_400));
    expect(dialysis.selfPayFen - r.payableFen).toBe(yuan(38_800));
    expect(r.steps.filter((s) => s.code === 'BAND').map((s) => [s.amountFen, s.ratePermille])).toEqual([
      [yuan(45_500), 700],
      [yuan(42_900), 750],
    ]);
  });

  it('explains it in plain words, in both languages', () => {
    const r = adjudicateClaim(SHEN_XU_SCHEME, aMember({ hardship: true }), dialysis, []);
    const zh = explainAdjudication(r, 'zh');
    expect(zh).toContain('困难职工比例');
    expect(zh).toContain('本次您可获得互助金 88,400.00 元');
    expect(explainAdjudication(r, 'en')).toContain('You will receive 88,400.00 yuan');
  });

  it('an ordinary worker with the same bills gets less: 32,500 + 31,460 = 63,960', () => {
    expect(adjudicateClaim(SHEN_XU_SCHEME, aMember(), dialysis, []).payableFen).toBe(yuan(63_960));
  });
});
