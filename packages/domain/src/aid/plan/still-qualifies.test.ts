import { describe, expect, it } from 'vitest';
import { ClassificationInputSchema } from '../../identification/assessment/classification-input';
import { DEFAULT_IDENTIFICATION_POLICY } from '../../identification/assessment/identification-policy';
import { DEFAULT_AID_POLICY } from './aid-policy';
import { type AidIncomeLine, aidCountsAsIncome, recheckWithAid } from './still-qualifies';

// Brief §2.5 E2: 3 people, ¥60,000 income, ¥15,000 rigid spending; L = ¥800, so 2L = ¥1,600.
const E2 = ClassificationInputSchema.parse({
  standardVersion: 'ACFTU_2020',
  divisionCode: '520302',
  year: 2025,
  householdSize: 3,
  incomes: [{ kind: 'WAGES', annualFen: 6_000_000 }],
  rigidSpending: [
    { kind: 'MEDICAL', annualFen: 900_000 },
    { kind: 'SCHOOLING', annualFen: 600_000 },
  ],
});
const line = (programme: AidIncomeLine['programme'], stage: AidIncomeLine['stage'], fen: number) => ({
  programme,
  stage,
  fen,
});

describe('recheckWithAid (brief §2.4, E5)', () => {
  it('E5: a ¥4,800 living aid keeps the household 相对 at ¥1,383.33', () => {
    const r = recheckWithAid(E2, [line('LIVING', 'REQUESTED', 480_000)], 2026, DEFAULT_IDENTIFICATION_POLICY);
    expect(r).toMatchObject({ ok: true, aidAddedFen: 480_000 });
    expect(r.classification).toMatchObject({ category: 'RELATIVE', pcniFen: 138_333 });
    const counted = r.classification.explanation.find((l) => l.code === 'AID_COUNTED');
    expect(counted?.valueFen).toBe(480_000);
  });

  it.each([
    // [what, aid lines, ok, category]
    [
      'exactly 2L stays 相对 (≤)',
      [line('LIVING', 'PAID', 480_000), line('MEDICAL', 'REQUESTED', 780_000)],
      true,
    ],
    [
      'one fen above 2L is refused',
      [line('LIVING', 'PAID', 480_000), line('MEDICAL', 'REQUESTED', 780_001)],
      false,
    ],
    ['open requests count too', [line('LIVING', 'OPEN', 1_260_001)], false],
  ] as const)('%s', (_what, aid, ok) => {
    const r = recheckWithAid(E2, aid, 2026, DEFAULT_IDENTIFICATION_POLICY);
    expect(r.ok).toBe(ok);
    expect(r.classification.category).toBe(ok ? 'RELATIVE' : null);
  });

  it('keeps aid the assessment already recorded, and uses the payment year', () => {
    const withAid = { ...E2, aidReceived: [{ programme: '其他', annualFen: 100_000, countsAsIncome: true }] };
    const r = recheckWithAid(withAid, [line('LIVING', 'PAID', 480_000)], 2026, DEFAULT_IDENTIFICATION_POLICY);
    expect(r.classification.explanation.find((l) => l.code === 'AID_COUNTED')?.valueFen).toBe(580_000);
    expect(r.aidAddedFen).toBe(480_000);
  });

  it('counts living, education and medical aid as income, not festival money (default policy)', () => {
    const counts = (['LIVING', 'EDUCATION', 'MEDICAL', 'FESTIVAL'] as const).map((p) =>
      aidCountsAsIncome(DEFAULT_AID_POLICY, p),
    );
    expect(counts).toEqual([true, true, true, false]);
  });
});
