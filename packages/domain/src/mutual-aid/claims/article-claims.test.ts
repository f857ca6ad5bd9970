import { describe, expect, it } from 'vitest';
import { GUIYANG_SCHEME, LIUPANSHUI_SCHEME, SINAN_SCHEME, ZUNYI_SCHEME } from '../scheme/demo';
import { adjudicateClaim } from './adjudicate-claim';
import { aDiagnosis, aMember, aStay, yuan } from './claim-examples';
import { ClaimSchema } from './claim-schema';

const ordinary = aMember();
const hardship = aMember({ hardship: true });

describe('思南: 60 % [A] of self-pay above 5,000 a year, at most 100,000 a year', () => {
  it('self-pay 30,000 → (30,000 − 5,000) × 60 % = 15,000', () => {
    const r = adjudicateClaim(SINAN_SCHEME, ordinary, aStay('INPATIENT', 30_000), []);
    expect(r.refused).toBeUndefined();
    expect(r.payableFen).toBe(yuan(15_000));
    expect(r.steps.map((s) => s.code)).toEqual(['BASE', 'DEDUCTIBLE_PER_YEAR', 'BAND', 'PAYABLE']);
    expect(r.steps.find((s) => s.code === 'BAND')).toMatchObject({
      ratePermille: 600,
      amountFen: yuan(15_000),
    });
  });

  it('self-pay 4,000 → nothing, and says it is below the deductible rather than refusing', () => {
    const r = adjudicateClaim(SINAN_SCHEME, ordinary, aStay('INPATIENT', 4_000), []);
    expect(r.refused).toBeUndefined();
    expect(r.payableFen).toBe(0);
    expect(r.steps.find((s) => s.code === 'DEDUCTIBLE_PER_YEAR')?.amountFen).toBe(yuan(4_000));
  });

  it('a year already near the cap pays only what is left of the 100,000', () => {
    const history = [
      { planCode: 'INPATIENT', paidFen: yuan(95_000), baseFen: yuan(163_333), date: '2016-02-01' },
    ];
    const r = adjudicateClaim(SINAN_SCHEME, ordinary, aStay('INPATIENT', 30_000), history);
    expect(r.payableFen).toBe(yuan(5_000));
    expect(r.steps.find((s) => s.code === 'CAP_PER_TERM')?.amountFen).toBe(yuan(5_000));
  });

  it('one huge year pays the cap; a year already at the cap pays nothing more', () => {
    expect(adjudicateClaim(SINAN_SCHEME, ordinary, aStay('INPATIENT', 300_000), []).payableFen).toBe(
      yuan(100_000),
    );
    const atCap = [
      { planCode: 'INPATIENT', paidFen: yuan(100_000), baseFen: yuan(300_000), date: '2016-03-01' },
    ];
    expect(adjudicateClaim(SINAN_SCHEME, ordinary, aStay('INPATIENT', 30_000), atCap).payableFen).toBe(0);
  });

  it('a second stay in the year does not meet the 5,000 again', () => {
    const first = adjudicateClaim(SINAN_SCHEME, ordinary, aStay('INPATIENT', 4_000), []);
    const history = [
      { planCode: 'INPATIENT', paidFen: first.payableFen, baseFen: first.countedBaseFen, date: '2016-05-03' },
    ];
    const second = adjudicateClaim(
      SINAN_SCHEME,
      ordinary,
      aStay('INPATIENT', 6_000, {
        eventDate: '2016-09-01',
        admissionDate: '2016-09-01',
        dischargeDate: '2016-09-10',
        submittedOn: '2016-09-15',
      }),
      history,
    );
    expect(second.payableFen).toBe(yuan(3_000)); // (4,000 + 6,000 − 5,000) × 60 %
  });

  it('rounds down to the fen', () => {
    const r = adjudicateClaim(
      SINAN_SCHEME,
      ordinary,
      { ...aStay('INPATIENT', 5_000), policyScopeSelfPayFen: yuan(5_000) + 1, selfPayFen: yuan(5_000) + 1 },
      [],
    );
    expect(r.payableFen).toBe(0); // 1 fen × 60 % = 0.6 fen → 0
  });
});

describe('六盘水: the same self-pay, 50 % ordinary vs 70 % hardship', () => {
  it.each([
    [ordinary, 500, yuan(10_000)],
    [hardship, 700, yuan(14_000)],
  ])('self-pay 20,000 → rate %#', (member, rate, paid) => {
    const r = adjudicateClaim(LIUPANSHUI_SCHEME, member, aStay('INPATIENT', 20_000), []);
    expect(r.payableFen).toBe(paid);
    expect(r.steps.find((s) => s.code === 'BAND')?.ratePermille).toBe(rate);
  });
});

describe('贵阳: 12,000 once for a first diagnosis of a listed illness', () => {
  const cancer = aDiagnosis('CRITICAL', 'C34.1');

  it('pays 12,000, then nothing for the same illness again', () => {
    const first = adjudicateClaim(GUIYANG_SCHEME, ordinary, cancer, []);
    expect(first.payableFen).toBe(yuan(12_000));
    const history = [
      { planCode: 'CRITICAL', paidFen: first.payableFen, icd10: 'C34.1', date: cancer.eventDate },
    ];
    const again = adjudicateClaim(
      GUIYANG_SCHEME,
      ordinary,
      aDiagnosis('CRITICAL', 'C18.7', { eventDate: '2016-10-01', submittedOn: '2016-10-05' }),
      history,
    );
    expect(again).toMatchObject({ payableFen: 0, refused: { code: 'ALREADY_PAID' } });
  });

  it('refuses an unlisted diagnosis, a non-first diagnosis, and carcinoma in situ', () => {
    expect(adjudicateClaim(GUIYANG_SCHEME, ordinary, aDiagnosis('CRITICAL', 'J18.9'), []).refused?.code).toBe(
      'DIAGNOSIS_NOT_LISTED',
    );
    expect(adjudicateClaim(GUIYANG_SCHEME, ordinary, aDiagnosis('CRITICAL', 'D05.1'), []).refused?.code).toBe(
      'DIAGNOSIS_NOT_LISTED',
    );
    expect(
      adjudicateClaim(GUIYANG_SCHEME, ordinary, { ...cancer, firstDiagnosis: false }, []).refused?.code,
    ).toBe('NOT_FIRST_DIAGNOSIS');
  });

  it('refuses a diagnosis 30 days after first enrolment (waiting period), not after a renewal', () => {
    const claim = aDiagnosis('CRITICAL', 'I21.0', { eventDate: '2016-01-31', submittedOn: '2016-02-05' });
    const newcomer = adjudicateClaim(GUIYANG_SCHEME, aMember({ firstEnrolment: true }), claim, []);
    expect(newcomer).toMatchObject({ payableFen: 0, refused: { code: 'WAITING_PERIOD' } });
    expect(adjudicateClaim(GUIYANG_SCHEME, aMember({ firstEnrolment: false }), claim, []).payableFen).toBe(
      yuan(12_000),
    );
  });
});

describe('brief §7.2 worked example (遵义 inpatient plan carries its parameters)', () => {
  it('INPATIENT_TIERED, 26,000 self-pay → 900 + 4,500 + 2,400 = 7,800', () => {
    const r = adjudicateClaim(ZUNYI_SCHEME, ordinary, aStay('INPATIENT', 26_000), []);
    expect(r.payableFen).toBe(yuan(7_800));
    expect(r.steps.filter((s) => s.code === 'BAND').map((s) => s.amountFen)).toEqual([
      yuan(900),
      yuan(4_500),
      yuan(2_400),
    ]);
  });

  it('the same 26,000 split over two stays pays the same 7,800 in total', () => {
    const first = adjudicateClaim(ZUNYI_SCHEME, ordinary, aStay('INPATIENT', 10_000), []);
    const history = [
      { planCode: 'INPATIENT', paidFen: first.payableFen, baseFen: first.countedBaseFen, date: '2016-05-03' },
    ];
    const second = adjudicateClaim(
      ZUNYI_SCHEME,
      ordinary,
      aStay('INPATIENT', 16_000, {
        eventDate: '2016-08-01',
        admissionDate: '2016-08-01',
        dischargeDate: '2016-08-09',
        submittedOn: '2016-08-20',
      }),
      history,
    );
    expect(first.payableFen + second.payableFen).toBe(yuan(7_800));
  });
});

it('the example claims are valid ClaimSchema input', () => {
  expect(ClaimSchema.safeParse(aStay('INPATIENT', 26_000)).success).toBe(true);
  expect(ClaimSchema.safeParse(aDiagnosis('CRITICAL', 'C34.1')).success).toBe(true);
  expect(
    ClaimSchema.safeParse({ ...aStay('INPATIENT', 100), policyScopeSelfPayFen: yuan(200) }).success,
  ).toBe(false);
});
