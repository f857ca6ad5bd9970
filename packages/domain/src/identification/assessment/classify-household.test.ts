import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../common/domain-error';
import { type ClassificationInputDraft, ClassificationInputSchema } from './classification-input';
import { classifyHousehold } from './classify-household';
import { explainText } from './explain-text';
import { DEFAULT_IDENTIFICATION_POLICY, type IdentificationPolicy } from './identification-policy';

const P = DEFAULT_IDENTIFICATION_POLICY; // L = 80_000 fen
const yuan = (y: number) => y * 100;

function input(draft: Partial<ClassificationInputDraft>) {
  return ClassificationInputSchema.parse({
    standardVersion: 'ACFTU_2020',
    divisionCode: '520302',
    year: 2025,
    householdSize: 3,
    ...draft,
  });
}

const E1 = input({
  incomes: [{ kind: 'WAGES', annualFen: yuan(24_000) }],
  rigidSpending: [
    { kind: 'MEDICAL', annualFen: yuan(9_000) },
    { kind: 'SCHOOLING', annualFen: yuan(6_000) },
  ],
});
const E2 = input({
  incomes: [{ kind: 'WAGES', annualFen: yuan(60_000) }],
  rigidSpending: [{ kind: 'MEDICAL', annualFen: yuan(15_000) }],
});

const line = (c: ReturnType<typeof classifyHousehold>, code: string) =>
  c.explanation.find((l) => l.code === code);

describe('classifyHousehold: the brief’s worked examples (§2.5, L = ¥800)', () => {
  it('E1: (24,000 − 15,000) ÷ 12 ÷ 3 = 250 → 深度困难', () => {
    const c = classifyHousehold(E1, P);
    expect(c).toMatchObject({
      eligible: true,
      category: 'DEEP',
      pcniFen: 25_000,
      lineFen: 80_000,
      exclusionsHit: [],
    });
    expect(line(c, 'TOTAL_INCOME')?.valueFen).toBe(yuan(24_000));
    expect(line(c, 'RIGID_SPENDING')?.valueFen).toBe(yuan(15_000));
    expect(line(c, 'HOUSEHOLD_SIZE')?.count).toBe(3);
    expect(line(c, 'TEST_DEEP')).toMatchObject({ valueFen: 25_000, thresholdFen: 80_000, passed: true });
  });

  it('E1 with the Anqing precondition: 8,000 a head must be below last year’s provincial figure', () => {
    const withPre = (annualFen: number): IdentificationPolicy => ({
      ...P,
      applyAnqingPrecondition: true,
      previousYearProvincialIncome: [{ year: 2024, annualFen }],
    });
    expect(classifyHousehold(E1, withPre(yuan(25_000))).category).toBe('DEEP');
    const failed = classifyHousehold(E1, withPre(yuan(8_000)));
    expect(failed.category).toBeNull();
    expect(line(failed, 'PRECONDITION_PROVINCIAL_INCOME')).toMatchObject({
      valueFen: yuan(8_000),
      passed: false,
    });
    // No provincial figure configured: the precondition cannot be met, and says why.
    const missing = classifyHousehold(E1, { ...P, applyAnqingPrecondition: true });
    expect(missing.category).toBeNull();
    expect(line(missing, 'PRECONDITION_PROVINCIAL_INCOME')?.note?.en).toMatch(/not configured/);
  });

  it('E2: 45,000 ÷ 12 ÷ 3 = 1,250 → 相对困难', () => {
    const c = classifyHousehold(E2, P);
    expect(c).toMatchObject({ eligible: true, category: 'RELATIVE', pcniFen: 125_000 });
    expect(line(c, 'TEST_DEEP')?.passed).toBe(false);
    expect(line(c, 'TEST_RELATIVE')).toMatchObject({ thresholdFen: 160_000, passed: true });
  });

  it('E3: 80,000 accident cost > 0.8 × 90,000 → 意外致困', () => {
    const c = classifyHousehold(
      input({
        householdSize: 4,
        incomes: [{ kind: 'WAGES', annualFen: yuan(90_000) }],
        accident: { accidentCostFen: yuan(80_000) },
      }),
      P,
    );
    expect(c).toMatchObject({ eligible: true, category: 'ACCIDENT', pcniFen: 187_500 });
    expect(line(c, 'TEST_ACCIDENT')).toMatchObject({
      valueFen: yuan(80_000),
      thresholdFen: yuan(72_000),
      passed: true,
    });
  });

  it('E3 at exactly 80 % is not "more than 80 %"', () => {
    const c = classifyHousehold(
      input({
        householdSize: 4,
        incomes: [{ kind: 'WAGES', annualFen: yuan(90_000) }],
        accident: { accidentCostFen: yuan(72_000) },
      }),
      P,
    );
    expect(c.category).toBeNull();
  });

  it('E4 (Gen-1): 1,000 ≤ 1.5 × 800 and (36,000 − 12,000) ÷ 12 ÷ 3 = 666.67 ≤ 800 → 低保边缘户', () => {
    const c = classifyHousehold(
      input({
        standardVersion: 'ACFTU_2016',
        incomes: [{ kind: 'WAGES', annualFen: yuan(36_000) }],
        rigidSpending: [{ kind: 'SCHOOLING', annualFen: yuan(12_000) }],
      }),
      P,
    );
    expect(c).toMatchObject({ eligible: true, category: 'DIBAO_EDGE', pcniFen: 66_666 });
    expect(line(c, 'TEST_DIBAO_EDGE_INCOME')).toMatchObject({
      valueFen: 100_000,
      thresholdFen: 120_000,
      passed: true,
    });
  });

  it('E5: union life aid of 4,800 is income: 49,800 ÷ 36 = 1,383.33 → still 相对', () => {
    const aid = { programme: '生活救助', annualFen: yuan(4_800) };
    const c = classifyHousehold(input({ ...E2, aidReceived: [{ ...aid, countsAsIncome: true }] }), P);
    expect(c).toMatchObject({ category: 'RELATIVE', pcniFen: 138_333 });
    expect(line(c, 'AID_COUNTED')?.valueFen).toBe(yuan(4_800));
    expect(line(c, 'TOTAL_INCOME')?.valueFen).toBe(yuan(64_800));
    // Festival condolence money left out of income changes nothing.
    const festival = classifyHousehold(input({ ...E2, aidReceived: [{ ...aid, countsAsIncome: false }] }), P);
    expect(festival.pcniFen).toBe(125_000);
  });
});

describe('classifyHousehold: exact comparison and accounting', () => {
  it('a PCNI exactly on L is 深度; one fen more a year is not', () => {
    const on = input({ incomes: [{ kind: 'WAGES', annualFen: 80_000 * 36 }] });
    expect(classifyHousehold(on, P).category).toBe('DEEP');
    const above = input({ incomes: [{ kind: 'WAGES', annualFen: 80_000 * 36 + 1 }] });
    expect(classifyHousehold(above, P).category).toBe('RELATIVE');
    expect(classifyHousehold(above, P).pcniFen).toBe(80_000);
  });

  it('imputes a jobless able-bodied member at the minimum wage', () => {
    const c = classifyHousehold(input({ ...E1, imputed: [{ memberName: '配偶', months: 12 }] }), P);
    expect(line(c, 'IMPUTED_INCOME')).toMatchObject({ valueFen: 12 * 179_000, count: 12 });
    expect(c.pcniFen).toBe(Math.floor((yuan(9_000) + 12 * 179_000) / 36));
  });

  it('working costs count only for 相对困难', () => {
    const almost = input({
      incomes: [{ kind: 'WAGES', annualFen: 160_000 * 36 + yuan(1_000) }],
      rigidSpending: [{ kind: 'EMPLOYMENT_COST', annualFen: yuan(1_000) }],
    });
    expect(classifyHousehold(almost, P).category).toBe('RELATIVE');
  });

  it('refuses a place and year with no 低保 line', () => {
    try {
      classifyHousehold(input({ ...E1, year: 2035 }), P);
      expect.unreachable();
    } catch (e) {
      expect(isDomainError(e) && e.code).toBe('RULE_VIOLATION');
    }
  });
});

describe('classifyHousehold: exclusions', () => {
  it('two homes make a 深度 household ineligible and the explanation says why', () => {
    const c = classifyHousehold(input({ ...E1, exclusionFacts: { homesOwned: 2 } }), P);
    expect(c).toMatchObject({ eligible: false, category: null, categoryBeforeExclusions: 'DEEP' });
    expect(c.exclusionsHit).toEqual(['TWO_OR_MORE_HOMES']);
    expect(line(c, 'EXCLUSION_TWO_OR_MORE_HOMES')?.passed).toBe(false);
  });

  it('reports every rule hit, and ignores rules the policy switched off', () => {
    const facts = {
      ownsShopOrEmploys: true,
      highFeePrivateSchool: true,
      usesMotorVehicle: true,
      ableBodiedRefusesWork: true,
    };
    const all = classifyHousehold(input({ ...E1, exclusionFacts: facts }), P);
    expect(all.exclusionsHit).toEqual([
      'SHOP_OR_EMPLOYER',
      'HIGH_FEE_PRIVATE_SCHOOL',
      'MOTOR_VEHICLE',
      'REFUSES_WORK',
    ]);
    const off = classifyHousehold(input({ ...E1, exclusionFacts: { usesMotorVehicle: true } }), {
      ...P,
      exclusions: ['TWO_OR_MORE_HOMES'],
    });
    expect(off).toMatchObject({ eligible: true, category: 'DEEP', exclusionsHit: [] });
  });
});

describe('classifyHousehold: Gen-1 低保户 and 意外致困户', () => {
  const gen1 = (draft: Partial<ClassificationInputDraft>) =>
    input({ standardVersion: 'ACFTU_2016', ...draft });
  const income = (y: number) => [{ kind: 'WAGES' as const, annualFen: yuan(y) }];

  it('低保户 (a): below L for 6 months without relief; 5 months is not enough', () => {
    expect(
      classifyHousehold(gen1({ incomes: income(24_000), gen1: { monthsBelowLine: 6 } }), P).category,
    ).toBe('DIBAO');
    const five = classifyHousehold(gen1({ incomes: income(24_000), gen1: { monthsBelowLine: 5 } }), P);
    expect(five.category).toBe('DIBAO_EDGE');
  });

  it('低保户 (b): still below L after government relief', () => {
    const c = classifyHousehold(
      gen1({ incomes: income(24_000), gen1: { receivesGovernmentDibao: true } }),
      P,
    );
    expect(c.category).toBe('DIBAO');
    // Exactly on L is not "below".
    const on = classifyHousehold(
      gen1({ incomes: income(28_800), gen1: { receivesGovernmentDibao: true } }),
      P,
    );
    expect(on.category).toBe('DIBAO_EDGE');
  });

  it('意外致困户 (a): income ≤ 3L, net of the accident cost ≤ L', () => {
    const c = classifyHousehold(
      gen1({ incomes: income(60_000), accident: { accidentCostFen: yuan(40_000) } }),
      P,
    );
    expect(c.category).toBe('ACCIDENT_2016');
  });

  it('意外致困户 (b): above 3L, savings and investments count as means', () => {
    const base = { incomes: income(100_000), accident: { suddenEvent: true, accidentCostFen: yuan(90_000) } };
    expect(classifyHousehold(gen1(base), P).category).toBe('ACCIDENT_2016');
    const saver = classifyHousehold(gen1({ ...base, gen1: { savingsFen: yuan(20_000) } }), P);
    expect(saver.category).toBeNull();
    expect(line(saver, 'TEST_ACCIDENT_2016')).toMatchObject({
      valueFen: Math.floor(yuan(30_000) / 36),
      passed: false,
    });
  });
});

describe('explainText', () => {
  it('summarises E1 in plain words in both languages', () => {
    const c = classifyHousehold(E1, P);
    const zh = explainText(c, 'zh');
    expect(zh).toContain('结论:深度困难');
    expect(zh).toContain('250.00');
    expect(zh).toContain('800.00');
    expect(explainText(c, 'en')).toContain('Result: Deep hardship');
  });

  it('names the exclusion that blocked an otherwise eligible household', () => {
    const c = classifyHousehold(input({ ...E1, exclusionFacts: { usesMotorVehicle: true } }), P);
    const en = explainText(c, 'en');
    expect(en).toContain('not eligible');
    expect(en).toContain('motor vehicle');
    expect(en).not.toContain('two or more homes');
  });
});
