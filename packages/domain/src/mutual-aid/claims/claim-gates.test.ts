import { describe, expect, it } from 'vitest';
import { GUIYANG_SCHEME, SINAN_SCHEME, ZUNYI_SCHEME } from '../scheme/demo';
import { adjudicateClaim } from './adjudicate-claim';
import { aDiagnosis, aMember, aStay, yuan } from './claim-examples';
import { explainAdjudication } from './explain-adjudication';

const member = aMember();

describe('claims refused before any amount is computed', () => {
  it.each([
    ['an unknown plan', SINAN_SCHEME, aStay('NOPE', 30_000), 'PLAN_NOT_IN_SCHEME'],
    [
      'a diagnosis under an inpatient plan',
      SINAN_SCHEME,
      aDiagnosis('INPATIENT', 'C34.1'),
      'KIND_NOT_COVERED',
    ],
    [
      'a stay before cover',
      SINAN_SCHEME,
      aStay('INPATIENT', 30_000, {
        eventDate: '2015-12-20',
        admissionDate: '2015-12-20',
        dischargeDate: '2015-12-30',
        submittedOn: '2016-01-05',
      }),
      'BEFORE_COVER',
    ],
    [
      'a stay after cover',
      SINAN_SCHEME,
      aStay('INPATIENT', 30_000, {
        eventDate: '2017-01-02',
        admissionDate: '2017-01-02',
        dischargeDate: '2017-01-09',
        submittedOn: '2017-01-15',
      }),
      'AFTER_COVER',
    ],
    [
      'a claim 400 days after discharge',
      SINAN_SCHEME,
      aStay('INPATIENT', 30_000, { submittedOn: '2017-06-24' }),
      'CLAIM_WINDOW_PASSED',
    ],
    [
      'a claim without the settlement statement',
      SINAN_SCHEME,
      aStay('INPATIENT', 30_000, { documents: ['ID_CARD', 'DISCHARGE_SUMMARY', 'MEDICAL_INVOICE'] }),
      'DOCUMENTS_MISSING',
    ],
    ['a female-disease claim by a man', ZUNYI_SCHEME, aDiagnosis('FEMALE', 'C50.9'), 'NOT_ELIGIBLE_SEX'],
  ])('refuses %s', (_, scheme, claim, code) => {
    const r = adjudicateClaim(scheme, member, claim, []);
    expect(r.refused?.code).toBe(code);
    expect(r.payableFen).toBe(0);
    expect(r.steps.at(-1)?.code).toBe('REFUSED');
  });

  it('names the missing documents to the worker', () => {
    const r = adjudicateClaim(
      GUIYANG_SCHEME,
      member,
      aDiagnosis('CRITICAL', 'C34.1', { documents: ['ID_CARD'] }),
      [],
    );
    expect(explainAdjudication(r, 'zh')).toContain('二级以上医院诊断证明');
    expect(explainAdjudication(r, 'en')).toContain('This claim cannot be paid');
  });

  it('an accident plan has no waiting period, a disease plan does', () => {
    const newcomer = aMember({ firstEnrolment: true, enrolledOn: '2016-03-01' });
    const accident = aStay('ACCIDENT', 2_000, {
      kind: 'ACCIDENT_INJURY',
      eventDate: '2016-03-10',
      admissionDate: '2016-03-10',
      dischargeDate: '2016-03-12',
      submittedOn: '2016-03-20',
      documents: ['ID_CARD', 'UNIT_CERTIFICATE', 'MEDICAL_INVOICE'],
    });
    expect(adjudicateClaim(ZUNYI_SCHEME, newcomer, accident, []).payableFen).toBe(yuan(4_800)); // 6,000 total cost × 80 %
    const stay = aStay('INPATIENT', 2_000, {
      eventDate: '2016-03-10',
      admissionDate: '2016-03-10',
      dischargeDate: '2016-03-12',
      submittedOn: '2016-03-20',
    });
    expect(adjudicateClaim(ZUNYI_SCHEME, newcomer, stay, []).refused?.code).toBe('WAITING_PERIOD');
  });
});

describe('other rule kinds', () => {
  it('daily allowance: days × 50, capped at 1,500 a stay', () => {
    const dailyDocs = { documents: ['ID_CARD' as const, 'DISCHARGE_SUMMARY' as const] };
    expect(adjudicateClaim(ZUNYI_SCHEME, member, aStay('DAILY', 0, dailyDocs), []).payableFen).toBe(
      yuan(850),
    ); // 17 days
    const long = aStay('DAILY', 0, { ...dailyDocs, dischargeDate: '2016-07-20', submittedOn: '2016-07-25' });
    expect(adjudicateClaim(ZUNYI_SCHEME, member, long, []).payableFen).toBe(yuan(1_500));
  });

  it('offsets what other union schemes paid for the same event', () => {
    const offsetting = {
      ...SINAN_SCHEME,
      plans: SINAN_SCHEME.plans.map((p) => ({ ...p, offsetsOtherUnionAid: true })),
    };
    const r = adjudicateClaim(
      offsetting,
      member,
      aStay('INPATIENT', 30_000, { otherUnionAidFen: yuan(4_000) }),
      [],
    );
    expect(r.payableFen).toBe(yuan(11_000));
    expect(r.steps.find((s) => s.code === 'OFFSET_OTHER_UNION_AID')?.amountFen).toBe(yuan(4_000));
  });

  it('a female-specific cancer pays tier I 6,000 to a woman', () => {
    const woman = aMember({ sex: 'FEMALE' });
    expect(adjudicateClaim(ZUNYI_SCHEME, woman, aDiagnosis('FEMALE', 'C54.1'), []).payableFen).toBe(
      yuan(6_000),
    );
  });
});
