import { describe, expect, it } from 'vitest';
import { ZUNYI_SCHEME } from './demo';
import { checkEnrolmentEligibility, checkPlanChoice } from './eligibility';

const female = ZUNYI_SCHEME.plans.find((p) => p.code === 'FEMALE')!;
const accident = ZUNYI_SCHEME.plans.find((p) => p.code === 'ACCIDENT')!;
const woman = { sex: 'FEMALE' as const, birthDate: '1980-03-01', inService: true, unionMember: true };
const bigUnit = { staffCount: 200, enrollingCount: 170 };
const codes = (v: { reasons: { code: string }[] }) => v.reasons.map((r) => r.code);

describe('enrolment eligibility (滨州 female-disease rules)', () => {
  it('admits an in-service union woman aged 16–60 when 85 % of the unit joins', () => {
    expect(checkEnrolmentEligibility(female, woman, bigUnit)).toEqual({ ok: true, reasons: [] });
  });

  it.each([
    ['a man', { ...woman, sex: 'MALE' as const }, bigUnit, ['SEX']],
    ['a woman of 61 on the cover date', { ...woman, birthDate: '1954-12-31' }, bigUnit, ['AGE_ABOVE']],
    [
      'a retiree who left the union',
      { ...woman, inService: false, unionMember: false },
      bigUnit,
      ['NOT_IN_SERVICE', 'NOT_UNION_MEMBER'],
    ],
    ['a unit where only 70 % join', woman, { staffCount: 200, enrollingCount: 140 }, ['GROUP_SHARE_TOO_LOW']],
    ['a unit of 50 that enrols 49', woman, { staffCount: 50, enrollingCount: 49 }, ['GROUP_ALL_REQUIRED']],
  ])('refuses %s', (_, member, unit, expected) => {
    const v = checkEnrolmentEligibility(female, member, unit);
    expect(v.ok).toBe(false);
    expect(codes(v)).toEqual(expected);
  });

  it('measures age on the date given, refusing rather than guessing when there is none', () => {
    const sixteenIn2016 = { ...woman, birthDate: '2000-02-01' };
    expect(codes(checkEnrolmentEligibility(female, sixteenIn2016, bigUnit))).toEqual(['AGE_BELOW']);
    expect(checkEnrolmentEligibility(female, sixteenIn2016, bigUnit, '2016-02-01').ok).toBe(true);
    const undated = { ...female, fixedStartDate: undefined };
    expect(codes(checkEnrolmentEligibility(undated, woman, bigUnit))).toEqual(['AGE_DATE_MISSING']);
  });

  it('a plan without group rules ignores the unit size', () => {
    expect(
      checkEnrolmentEligibility(accident, { ...woman, sex: 'MALE' }, { staffCount: 10, enrollingCount: 1 })
        .ok,
    ).toBe(true);
  });
});

describe('plan choice (遵义 five plans)', () => {
  it('refuses mutually exclusive plans together', () => {
    const v = checkPlanChoice(ZUNYI_SCHEME, ['ACCIDENT', 'INPATIENT', 'DAILY']);
    expect(codes(v)).toEqual(['MUTUALLY_EXCLUSIVE']);
    expect(v.reasons[0]?.label.zh).toContain('INPATIENT、DAILY');
  });

  it('accepts a compatible choice and refuses unknown plans or too many', () => {
    expect(checkPlanChoice(ZUNYI_SCHEME, ['ACCIDENT', 'CRITICAL', 'INPATIENT', 'FEMALE']).ok).toBe(true);
    expect(codes(checkPlanChoice(ZUNYI_SCHEME, ['CHILD']))).toEqual(['UNKNOWN_PLAN']);
    expect(
      codes(
        checkPlanChoice({ ...ZUNYI_SCHEME, choice: { maxPlans: 2 } }, ['ACCIDENT', 'CRITICAL', 'FEMALE']),
      ),
    ).toEqual(['TOO_MANY_PLANS']);
  });
});
