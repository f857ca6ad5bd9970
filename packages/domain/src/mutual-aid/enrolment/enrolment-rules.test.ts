import { describe, expect, it } from 'vitest';
import { computeCheckChar } from '../../id-number';
import { ZUNYI_SCHEME } from '../scheme/demo';
import { enrolmentCover } from './enrolment-cover';
import { parseEnrolmentRow } from './import-row';
import { planChoiceProblems } from './plan-choice';

const plan = (code: string) => ZUNYI_SCHEME.plans.find((p) => p.code === code)!;
const id = (first17: string) => first17 + computeCheckChar(first17);

describe('planChoiceProblems', () => {
  it.each([
    [['ACCIDENT', 'INPATIENT'], [], []],
    [['INPATIENT', 'DAILY'], [], ['EXCLUSIVE_PLANS']],
    [['DAILY'], ['INPATIENT'], ['EXCLUSIVE_PLANS']],
    [['ACCIDENT'], ['ACCIDENT'], ['ALREADY_ENROLLED']],
    [['ACCIDENT', 'ACCIDENT'], [], ['DUPLICATE_PLAN']],
    [['NOPE'], [], ['UNKNOWN_PLAN']],
  ])('%j with %j held → %j', (chosen, held, codes) => {
    expect(planChoiceProblems(ZUNYI_SCHEME, chosen, held).map((p) => p.code)).toEqual(codes);
  });
});

describe('enrolmentCover', () => {
  it('covers a late joiner from enrolment to the end of the term, and a 24-month plan for two years', () => {
    expect(enrolmentCover(plan('ACCIDENT'), 2016, '2016-05-10')).toEqual({
      coverFrom: '2016-05-10',
      coverTo: '2016-12-31',
    });
    expect(enrolmentCover(plan('FEMALE'), 2016, '2015-12-01')).toEqual({
      coverFrom: '2016-01-01',
      coverTo: '2017-12-31',
    });
    expect(enrolmentCover(plan('ACCIDENT'), 2016, '2017-02-01').coverFrom).toBe('2016-12-31');
  });
});

describe('parseEnrolmentRow', () => {
  const good = {
    name: '李梅',
    idNumber: id('52030219880303002'),
    inService: '是',
    unionMember: 'Y',
    plans: 'accident、在职职工住院医疗互助保障计划',
  };

  it('reads codes or names, yes/no in either language, and the birth date and sex from the ID number', () => {
    expect(parseEnrolmentRow(good, ZUNYI_SCHEME, '2016-06-01')).toEqual({
      value: expect.objectContaining({
        birthDate: '1988-03-03',
        sex: 'FEMALE',
        unionMember: true,
        planCodes: ['ACCIDENT', 'INPATIENT'],
      }),
      errors: [],
    });
  });

  it('reports every problem against its column', () => {
    const r = parseEnrolmentRow(
      { name: ' ', idNumber: '123', inService: '?', unionMember: '否', plans: '' },
      ZUNYI_SCHEME,
      '2016-06-01',
    );
    expect(r.value).toBeNull();
    expect(r.errors.map((e) => e.column)).toEqual(['姓名', '身份证号', '在职', '参加计划']);
  });
});
