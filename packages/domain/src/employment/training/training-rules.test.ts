import { describe, expect, it } from 'vitest';
import { isRetentionDue, retentionDueDate } from './retention';
import { oneHouseholdOneSkillRate } from './skill-indicator';
import { CourseInputSchema, PlacementInputSchema, RetentionCheckSchema } from './training-schema';

describe('retentionDueDate', () => {
  it.each([
    ['2026-01-15', '2026-07-15'],
    ['2026-08-31', '2027-02-28'],
    ['2027-08-31', '2028-02-29'],
    ['2026-07-01', '2027-01-01'],
    ['2026-12-31', '2027-06-30'],
    ['2026-03-31', '2026-09-30'],
    ['2026-06-30', '2026-12-30'],
  ])('%s → %s', (start, due) => expect(retentionDueDate(start)).toBe(due));
});

describe('isRetentionDue', () => {
  const p = { retentionDue: '2027-02-28', retentionCheckedOn: null };
  it.each([
    ['the day before it falls due', p, '2027-02-27', false],
    ['on the day it falls due', p, '2027-02-28', true],
    ['after it fell due', p, '2027-05-01', true],
    ['once checked', { ...p, retentionCheckedOn: '2027-03-01' }, '2027-05-01', false],
  ])('%s → %s', (_what, placement, asOf, due) => expect(isRetentionDue(placement, asOf)).toBe(due));
});

describe('oneHouseholdOneSkillRate', () => {
  it.each([
    [0, 0, null],
    [3, 1, '33.3'],
    [3, 2, '66.7'],
    [8, 1, '12.5'],
    [200, 1, '0.5'],
    [2000, 1, '0.1'],
    [2001, 1, '0.0'],
    [376, 376, '100.0'],
    [1000, 375, '37.5'],
  ])('%i filed, %i with a skill → %s', (filed, withSkill, percent) => {
    expect(oneHouseholdOneSkillRate(filed, withSkill)).toEqual({
      numerator: filed === 0 ? 0 : withSkill,
      denominator: filed,
      percent,
    });
  });
  it.each([
    [1, 2],
    [-1, 0],
    [3, 1.5],
  ])('refuses %s filed with %s trained', (filed, withSkill) =>
    expect(() => oneHouseholdOneSkillRate(filed, withSkill)).toThrow(RangeError),
  );
});

describe('training and placement schemas', () => {
  const course = {
    orgId: '01890a5d-ac96-774b-bcce-b302099a8057',
    title: '家政服务员培训班',
    category: 'HOUSEKEEPING',
    skill: '家政服务',
    partner: '遵义职业技术学院',
    startDate: '2026-03-01',
    endDate: '2026-03-20',
    capacity: 30,
  };
  const paths = (r: { error?: { issues: { path: PropertyKey[] }[] } | undefined }) =>
    r.error?.issues.map((i) => i.path.join('.')) ?? [];
  it.each([
    ['dates reversed', { endDate: '2026-02-01' }, 'endDate'],
    ['no places', { capacity: 0 }, 'capacity'],
    ['a fractional capacity', { capacity: 1.5 }, 'capacity'],
    ['no skill', { skill: ' ' }, 'skill'],
  ])('refuses a course with %s', (_what, patch, path) =>
    expect(paths(CourseInputSchema.safeParse({ ...course, ...patch }))).toContain(path),
  );
  it('accepts a course and nulls a blank certificate', () => {
    expect(CourseInputSchema.parse({ ...course, certificate: '' }).certificate).toBeNull();
  });
  it('takes wages in whole fen only, and a real date for a retention check', () => {
    const placement = {
      householdId: course.orgId,
      memberId: course.orgId,
      employerId: course.orgId,
      startDate: '2026-03-01',
      monthlyWageFen: 350_000,
    };
    expect(PlacementInputSchema.parse(placement).positionId).toBeNull();
    expect(paths(PlacementInputSchema.safeParse({ ...placement, monthlyWageFen: 3500.5 }))).toContain(
      'monthlyWageFen',
    );
    const check = { id: course.orgId, version: 1, retained: true, checkedOn: '2026-02-30' };
    expect(paths(RetentionCheckSchema.safeParse(check))).toContain('checkedOn');
  });
});
