import { describe, expect, it } from 'vitest';
import { household, member, position } from './match-fixtures';
import { DEFAULT_MATCH_POLICY as policy } from './match-policy';
import type { MatchHousehold, MatchMember, MatchPosition } from './match-types';
import { rankPositions } from './rank-positions';

const asOf = '2026-11-29';

const ids = (h: MatchHousehold, ps: MatchPosition[]) =>
  rankPositions(h, ps, policy, asOf).map((r) => r.positionId);

// Each row changes one input of position "b" (or of the household) and expects "b" to rank first.
// "a" is the baseline, the same position without the change; "a" sorts first on a tie.
describe('each factor moves the rank the right way', () => {
  const care = [member(), member({ id: 'k', age: 8, workStatus: 'STUDENT', schoolStage: 'PRIMARY' })];
  const ill = [member(), member({ id: 's', age: 70, workStatus: 'RETIRED', health: 'CANCER' })];
  it.each<[string, Partial<MatchPosition>, Partial<MatchHousehold>, string]>([
    ['same county beats elsewhere', { divisionCode: '520302' }, {}, 'SAME_COUNTY'],
    ['same prefecture beats elsewhere', { divisionCode: '520303' }, {}, 'SAME_PREFECTURE'],
    [
      'a matching skill',
      { skills: ['家政'] },
      { members: [member({ skills: ['家政服务'] })] },
      'SKILL_MATCH',
    ],
    [
      'a skill matching the category',
      { category: 'CATERING' },
      { members: [member({ skills: ['餐饮'] })] },
      'SKILL_MATCH',
    ],
    ['pay that covers the need', { salaryMinFen: 200_000, salaryMaxFen: 200_000 }, {}, 'SALARY_COVERS_NEED'],
    ['top pay that covers the need', { salaryMaxFen: 150_000 }, {}, 'SALARY_MAY_COVER_NEED'],
    [
      'school hours with a child at primary school',
      { hours: 'SCHOOL_HOURS' },
      { members: care },
      'FITS_CARE_HOURS',
    ],
    ['part time with a seriously ill member', { hours: 'PART_TIME' }, { members: ill }, 'FITS_CARE_HOURS'],
    [
      'care-friendly with care duties',
      { suitability: ['NO_HEAVY_LABOUR', 'CARE_DUTIES'] },
      { members: care },
      'CARE_FRIENDLY',
    ],
    [
      'disability-friendly for a disabled worker',
      { suitability: ['NO_HEAVY_LABOUR', 'DISABILITY_FRIENDLY'] },
      { members: [member({ disabilityKind: 'HEARING' })] },
      'DISABILITY_FRIENDLY',
    ],
    [
      'older-worker-friendly for a worker of 45',
      { suitability: ['NO_HEAVY_LABOUR', 'OLDER_WORKERS'] },
      { members: [member({ age: 45 })] },
      'OLDER_WORKERS',
    ],
  ])('%s', (_what, change, h, code) => {
    const a = position({ id: 'a' });
    const b = position({ ...change, id: 'b' });
    const ranked = rankPositions(household(h), [a, b], policy, asOf);
    expect(ranked.map((r) => r.positionId)).toEqual(['b', 'a']);
    expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score);
    expect(ranked[0]!.reasons.map((r) => r.code)).toContain(code);
    expect(ranked[1]!.reasons.map((r) => r.code)).not.toContain(code);
  });

  it('ranks same county above same prefecture', () => {
    expect(
      ids(household(), [
        position({ id: 'a', divisionCode: '520303' }),
        position({ id: 'b', divisionCode: '520302' }),
      ]),
    ).toEqual(['b', 'a']);
  });

  it('gives no care bonus to a household without care duties', () => {
    const r = rankPositions(household(), [position({ hours: 'SCHOOL_HOURS' })], policy, asOf);
    expect(r[0]!.reasons.map((x) => x.code)).toEqual(['SALARY_PART_OF_NEED']);
  });

  it('gives no older-worker bonus at 44, nor disability bonus without a disability', () => {
    const p = position({ suitability: ['NO_HEAVY_LABOUR', 'OLDER_WORKERS', 'DISABILITY_FRIENDLY'] });
    expect(rankPositions(household({ members: [member({ age: 44 })] }), [p], policy, asOf)[0]!.score).toBe(
      rankPositions(household(), [position()], policy, asOf)[0]!.score,
    );
  });

  it('explains itself in both languages', () => {
    const r = rankPositions(
      household(),
      [position({ divisionCode: '520302', hours: 'SCHOOL_HOURS' })],
      policy,
      asOf,
    );
    expect(r[0]!.reasons[0]).toEqual({ code: 'SAME_COUNTY', zh: '同一区县', en: 'Same county' });
  });
});

describe('exclusions', () => {
  it.each<[string, Partial<MatchPosition>, Partial<MatchHousehold>]>([
    ['closed', { status: 'CLOSED' }, {}],
    ['expired', { validTo: '2026-11-28' }, {}],
    ['not yet open', { validFrom: '2026-11-30' }, {}],
    ['filled', { filled: 3 }, {}],
    [
      'heavy labour for a worker in poor health',
      { suitability: [] },
      { members: [member({ health: 'DIABETES' })] },
    ],
    [
      'heavy labour for a disabled worker',
      { suitability: [] },
      { members: [member({ disabilityKind: 'PHYSICAL' })] },
    ],
  ])('a position %s never appears', (_what, change, h) => {
    const ranked = rankPositions(
      household(h),
      [position({ id: 'ok' }), position({ ...change, id: 'x' })],
      policy,
      asOf,
    );
    expect(ranked.map((r) => r.positionId)).toEqual(['ok']);
  });

  it('offers heavy labour to a healthy member and names them as the candidate', () => {
    const members = [member({ id: 'sick', health: 'LIVER' }), member({ id: 'well' })];
    const ranked = rankPositions(household({ members }), [position({ suitability: [] })], policy, asOf);
    expect(ranked.map((r) => r.memberId)).toEqual(['well']);
  });

  it.each<[string, Partial<MatchMember>]>([
    ['under working age', { age: 17 }],
    ['over working age', { age: 61 }],
    ['a student', { workStatus: 'STUDENT' }],
    ['pre-school', { age: 20, workStatus: 'PRESCHOOL' }],
    ['retired', { workStatus: 'RETIRED' }],
    ['in a state that rules out work', { health: 'PERMANENT_PARALYSIS' }],
  ])('a household whose only member is %s gets nothing', (_what, m) => {
    expect(rankPositions(household({ members: [member(m)] }), [position()], policy, asOf)).toEqual([]);
  });

  it('uses the policy: a wider working age lets a 62-year-old in', () => {
    const h = household({ members: [member({ age: 62 })] });
    expect(rankPositions(h, [position()], { ...policy, maxAge: 65 }, asOf)).toHaveLength(1);
  });
});

describe('best candidate', () => {
  it('picks the member whose skill fits', () => {
    const members = [member({ id: 'a' }), member({ id: 'b', skills: ['厨师'] })];
    const r = rankPositions(household({ members }), [position({ skills: ['厨师'] })], policy, asOf);
    expect(r[0]!.memberId).toBe('b');
  });
});
