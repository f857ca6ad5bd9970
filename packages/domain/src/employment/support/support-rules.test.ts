import { describe, expect, it } from 'vitest';
import { CompetitionResultSchema, InternshipInputSchema, MentorshipCloseSchema } from './development-schema';
import { EnterpriseInputSchema } from './enterprise-schema';
import { hardshipRisk } from './hardship-risk';
import { type EarnedGrade, highestGrade, raisesGrade } from './skill-grades';
import { StartupLoanSchema } from './startup-schema';

const uuid = '01890a5d-ac96-774b-bcce-b302099a8057';
const paths = (r: { error?: { issues: { path: PropertyKey[] }[] } | undefined }) =>
  r.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('skill grades', () => {
  const g = (grade: EarnedGrade['grade'], source: EarnedGrade['source'], obtainedOn: string) => ({
    skill: '电工',
    grade,
    source,
    obtainedOn,
  });
  it('takes the highest grade across courses, competitions and mentoring', () => {
    const grades = [
      g('JUNIOR', 'TRAINING', '2025-03-01'),
      g('SENIOR', 'COMPETITION', '2026-05-01'),
      g('INTERMEDIATE', 'MENTORSHIP', '2026-06-01'),
    ];
    expect(highestGrade(grades)?.source).toBe('COMPETITION');
    expect(highestGrade([])).toBeNull();
  });
  it.each<[EarnedGrade['grade'] | null, EarnedGrade['grade'] | null, boolean]>([
    [null, 'JUNIOR', true],
    ['JUNIOR', 'INTERMEDIATE', true],
    ['SENIOR', 'INTERMEDIATE', false],
    ['SENIOR', 'SENIOR', false],
    ['JUNIOR', null, false],
  ])('%s awarded %s raises the grade: %s', (current, awarded, raises) =>
    expect(raisesGrade(current, awarded)).toBe(raises),
  );
});

describe('hardshipRisk', () => {
  it('counts affected workers not yet filed, by the linked households’ statuses', () => {
    const r = hardshipRisk(10, ['FILED', 'AIDED', 'SUBMITTED', 'REJECTED', 'EXITED_TUOKUN']);
    expect(r).toEqual({
      workersAffected: 10,
      linked: 5,
      filed: 2,
      applying: 1,
      notYetFiled: 8,
      level: 'HIGH',
    });
  });
  it.each<[number, number, string]>([
    [5_902, 0, 'HIGH'],
    [300, 250, 'MEDIUM'],
    [3, 3, 'LOW'],
    [0, 0, 'LOW'],
  ])('%i affected with %i filed is %s', (affected, filed, level) =>
    expect(hardshipRisk(affected, Array(filed).fill('FILED')).level).toBe(level),
  );
});

describe('support schemas', () => {
  it('takes a stipend in whole fen and an end date after the start', () => {
    const internship = {
      householdId: uuid,
      memberId: uuid,
      employerId: uuid,
      startDate: '2026-03-01',
      stipendFen: 150_000,
    };
    expect(InternshipInputSchema.parse(internship)).toMatchObject({ endDate: null, positionId: null });
    expect(paths(InternshipInputSchema.safeParse({ ...internship, stipendFen: 1.5 }))).toContain(
      'stipendFen',
    );
    expect(paths(InternshipInputSchema.safeParse({ ...internship, endDate: '2026-02-01' }))).toContain(
      'endDate',
    );
  });
  it('refuses a grade on a withdrawn mentorship and a rank of zero', () => {
    const close = {
      id: uuid,
      version: 1,
      status: 'WITHDRAWN',
      outcomeGrade: 'JUNIOR',
      endedOn: '2026-05-01',
    };
    expect(paths(MentorshipCloseSchema.safeParse(close))).toContain('outcomeGrade');
    expect(paths(MentorshipCloseSchema.safeParse({ ...close, status: 'ACTIVE' }))).toContain('status');
    const result = { entryId: uuid, version: 1, rank: 0, gradeAwarded: null };
    expect(paths(CompetitionResultSchema.safeParse(result))).toContain('rank');
  });
  it('refuses more affected workers than the workforce, and a loan of nothing', () => {
    const enterprise = {
      orgId: uuid,
      name: '某军工企业',
      divisionCode: '520302',
      reason: 'RESTRUCTURING',
      workersTotal: 100,
      workersAffected: 101,
      reportedOn: '2026-01-01',
    };
    expect(paths(EnterpriseInputSchema.safeParse(enterprise))).toContain('workersAffected');
    const loan = {
      caseId: uuid,
      version: 1,
      lender: '贵州银行',
      amountFen: 0,
      interestSubsidyPermille: 1000,
      termMonths: 24,
      guaranteeOrg: '省总工会',
      grantedOn: '2026-01-01',
    };
    expect(paths(StartupLoanSchema.safeParse(loan))).toContain('amountFen');
  });
});
