import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HardshipCategory } from '../../household/enums';
import { RigidSpendingKind } from './assessment-enums';
import { type ClassificationInput, ClassificationInputSchema } from './classification-input';
import { classifyHousehold } from './classify-household';
import { DEFAULT_IDENTIFICATION_POLICY, type IdentificationPolicy } from './identification-policy';

/** Higher = more hardship recognised. Categories of one standard are ordered by severity. */
const RANK: Record<HardshipCategory, number> = {
  DIBAO: 3,
  DIBAO_EDGE: 2,
  ACCIDENT_2016: 1,
  DEEP: 3,
  RELATIVE: 2,
  ACCIDENT: 1,
};
const rank = (c: HardshipCategory | null) => (c ? RANK[c] : 0);

const fen = fc.integer({ min: 0, max: 30_000_000 });
const household = fc
  .record({
    standardVersion: fc.constantFrom('ACFTU_2016' as const, 'ACFTU_2020' as const),
    householdSize: fc.integer({ min: 1, max: 8 }),
    incomes: fc.array(fc.record({ kind: fc.constant('WAGES' as const), annualFen: fen }), { maxLength: 3 }),
    imputed: fc.array(fc.record({ months: fc.integer({ min: 0, max: 12 }) }), { maxLength: 2 }),
    rigidSpending: fc.array(
      fc.record({ kind: fc.constantFrom(...RigidSpendingKind.values), annualFen: fen }),
      { maxLength: 4 },
    ),
    gen1: fc.record({
      monthsBelowLine: fc.integer({ min: 0, max: 12 }),
      receivesGovernmentDibao: fc.boolean(),
      investmentAssetsFen: fen,
      savingsFen: fen,
    }),
    accident: fc.record({ suddenEvent: fc.boolean(), accidentCostFen: fen }),
  })
  .map((d) => ClassificationInputSchema.parse({ ...d, divisionCode: '520302', year: 2025 }));

const policy: fc.Arbitrary<IdentificationPolicy> = fc
  .option(fc.integer({ min: 0, max: 10_000_000 }), { nil: undefined })
  .map((provincial) =>
    provincial === undefined
      ? DEFAULT_IDENTIFICATION_POLICY
      : {
          ...DEFAULT_IDENTIFICATION_POLICY,
          applyAnqingPrecondition: true,
          previousYearProvincialIncome: [{ year: 2024, annualFen: provincial }],
        },
  );

const withIncome = (h: ClassificationInput, extra: number): ClassificationInput => ({
  ...h,
  incomes: [...h.incomes, { kind: 'OTHER', annualFen: extra }],
});

describe('classifyHousehold properties', () => {
  it('more income never gives a more severe category', () => {
    fc.assert(
      fc.property(household, policy, fen, (h, p, extra) => {
        const before = rank(classifyHousehold(h, p).category);
        expect(rank(classifyHousehold(withIncome(h, extra), p).category)).toBeLessThanOrEqual(before);
      }),
    );
  });

  it('more rigid spending of any kind never gives a less severe category', () => {
    fc.assert(
      fc.property(
        household,
        policy,
        fc.constantFrom(...RigidSpendingKind.values),
        fen,
        (h, p, kind, extra) => {
          const before = rank(classifyHousehold(h, p).category);
          const after = classifyHousehold(
            { ...h, rigidSpending: [...h.rigidSpending, { kind, annualFen: extra }] },
            p,
          );
          expect(rank(after.category)).toBeGreaterThanOrEqual(before);
        },
      ),
    );
  });

  it('the category always belongs to the household’s standard version', () => {
    fc.assert(
      fc.property(household, policy, (h, p) => {
        const c = classifyHousehold(h, p).category;
        if (c === null) return;
        const gen1 = ['DIBAO', 'DIBAO_EDGE', 'ACCIDENT_2016'].includes(c);
        expect(gen1).toBe(h.standardVersion === 'ACFTU_2016');
      }),
    );
  });
});
