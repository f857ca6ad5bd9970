import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Suitability, WorkHours } from '../enums';
import { household, member, position } from './match-fixtures';
import { DEFAULT_MATCH_POLICY as policy } from './match-policy';
import type { MatchPosition } from './match-types';
import { rankPositions } from './rank-positions';

const asOf = '2026-11-29';

const arbPosition = fc.record({
  id: fc.uuid(),
  divisionCode: fc.constantFrom('520302', '520303', '520502'),
  salaryMinFen: fc.integer({ min: 0, max: 500_000 }),
  extraFen: fc.integer({ min: 0, max: 300_000 }),
  hours: fc.constantFrom(...WorkHours.values),
  suitability: fc.uniqueArray(fc.constantFrom(...Suitability.values)),
  status: fc.constantFrom('OPEN', 'OPEN', 'CLOSED', 'DRAFT', 'FILLED' as const),
  filled: fc.integer({ min: 0, max: 3 }),
  skills: fc.subarray(['家政', '厨师', '电工']),
});
const positions = fc
  .array(arbPosition, { maxLength: 12 })
  .map((ps) =>
    ps.map(
      ({ extraFen, ...p }): MatchPosition => position({ ...p, salaryMaxFen: p.salaryMinFen + extraFen }),
    ),
  );
const arbHousehold = fc
  .record({
    monthlyIncomeFen: fc.integer({ min: 0, max: 400_000 }),
    ages: fc.array(fc.integer({ min: 0, max: 90 }), { minLength: 1, maxLength: 5 }),
    health: fc.constantFrom('GOOD', 'CANCER', 'DEEP_COMA', 'DISABLED' as const),
  })
  .map(({ ages, health, monthlyIncomeFen }) =>
    household({
      monthlyIncomeFen,
      memberCount: ages.length,
      members: ages.map((age, i) =>
        member({ id: `m${i}`, age, health: i === 0 ? health : 'GOOD', skills: ['家政'] }),
      ),
    }),
  );

describe('rankPositions properties', () => {
  it('is sorted, integer-scored, deterministic, and lists only listed positions once each', () => {
    fc.assert(
      fc.property(arbHousehold, positions, (h, ps) => {
        const ranked = rankPositions(h, ps, policy, asOf);
        const reversed = rankPositions(h, [...ps].reverse(), policy, asOf);
        const unique = new Set(ps.map((p) => p.id)).size === ps.length;
        if (unique) expect(reversed).toEqual(ranked);
        for (const [i, r] of ranked.entries()) {
          expect(Number.isInteger(r.score)).toBe(true);
          const p = ps.find((x) => x.id === r.positionId)!;
          expect(p.status === 'OPEN' && p.filled < p.headcount).toBe(true);
          expect(h.members.some((m) => m.id === r.memberId)).toBe(true);
          const next = ranked[i + 1];
          if (next)
            expect(r.score > next.score || (r.score === next.score && r.positionId <= next.positionId)).toBe(
              true,
            );
        }
      }),
    );
  });

  it('never ranks a position lower when its pay rises', () => {
    fc.assert(
      fc.property(arbHousehold, arbPosition, fc.integer({ min: 0, max: 500_000 }), (h, p, raise) => {
        const base = position({ ...p, status: 'OPEN', filled: 0, salaryMaxFen: p.salaryMinFen + p.extraFen });
        const richer = {
          ...base,
          salaryMinFen: base.salaryMinFen + raise,
          salaryMaxFen: base.salaryMaxFen + raise,
        };
        const [a] = rankPositions(h, [base], policy, asOf);
        const [b] = rankPositions(h, [richer], policy, asOf);
        expect(b?.score ?? -1).toBeGreaterThanOrEqual(a?.score ?? -1);
      }),
    );
  });

  it('returns nothing when no member may work', () => {
    fc.assert(
      fc.property(positions, fc.integer({ min: 0, max: 17 }), (ps, age) => {
        const h = household({
          members: [member({ age }), member({ id: 'r', age: 65, workStatus: 'RETIRED' })],
        });
        expect(rankPositions(h, ps, policy, asOf)).toEqual([]);
      }),
    );
  });
});
