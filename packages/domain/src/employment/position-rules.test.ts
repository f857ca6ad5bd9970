import { describe, expect, it } from 'vitest';
import { FairInputSchema, PositionInputSchema } from './employment-schema';
import { isPositionListed } from './position-rules';

const open = {
  status: 'OPEN' as const,
  validFrom: '2026-01-01',
  validTo: '2026-03-31',
  headcount: 5,
  filled: 0,
};

describe('isPositionListed', () => {
  it.each([
    ['open and within dates', open, '2026-02-01', true],
    ['on its first day', open, '2026-01-01', true],
    ['on its last day', open, '2026-03-31', true],
    ['before it opens', open, '2025-12-31', false],
    ['after it expires', open, '2026-04-01', false],
    ['once filled', { ...open, filled: 5 }, '2026-02-01', false],
    ['closed', { ...open, status: 'CLOSED' as const }, '2026-02-01', false],
    ['a draft', { ...open, status: 'DRAFT' as const }, '2026-02-01', false],
  ])('%s → %s', (_what, p, asOf, listed) => expect(isPositionListed(p, asOf)).toBe(listed));
});

describe('position and fair schemas', () => {
  const position = {
    employerId: '01890a5d-ac96-774b-bcce-b302099a8057',
    title: '家政服务员',
    category: 'HOUSEKEEPING',
    divisionCode: '520303',
    workAddress: '遵义市汇川区',
    salaryMinFen: 300_000,
    salaryMaxFen: 450_000,
    headcount: 3,
    hours: 'SCHOOL_HOURS',
    validFrom: '2026-01-01',
    validTo: '2026-03-31',
  };
  it('accepts a complete position with defaults', () => {
    const p = PositionInputSchema.parse(position);
    expect(p.skills).toEqual([]);
    expect(p.trainingCourseId).toBeNull();
  });
  it('rejects a salary range upside down, dates reversed, and float money', () => {
    const paths = (input: unknown) =>
      PositionInputSchema.safeParse(input).error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths({ ...position, salaryMaxFen: 100 })).toContain('salaryMaxFen');
    expect(paths({ ...position, validTo: '2025-01-01' })).toContain('validTo');
    expect(paths({ ...position, salaryMinFen: 1.5 })).toContain('salaryMinFen');
  });
  it('rejects a fair that ends before it starts', () => {
    const r = FairInputSchema.safeParse({
      organiserOrgId: '01890a5d-ac96-774b-bcce-b302099a8057',
      name: '春风行动',
      programme: 'SPRING_BREEZE',
      divisionCode: '520300',
      venue: '遵义会展中心',
      startDate: '2026-02-10',
      endDate: '2026-02-09',
    });
    expect(r.error?.issues[0]?.path).toEqual(['endDate']);
  });
});
