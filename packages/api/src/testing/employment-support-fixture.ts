import type { CompetitionInput, EnterpriseInput, StartupCaseInput } from '@bangfu/domain';
import type { Fixture, TestUser } from './fixture';

const TABLES = [
  'internship',
  'skill_competition',
  'competition_entry',
  'mentorship',
  'startup_case',
  'startup_activity',
  'struggling_enterprise',
  'enterprise_affected_worker',
  'training_session',
  'audit_event',
] as const;

/** Rows of the employment-support tables and the audit log, to show a refused write changed nothing. */
export async function supportCounts(f: Fixture): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES) {
    const row = await f.handle.db
      .selectFrom(t)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    out[t] = Number(row.n);
  }
  return out;
}

/** A 技能比武 held by 遵义市总工会 (or as overridden); returns its id. */
export async function postCompetition(
  f: Fixture,
  overrides: Partial<CompetitionInput> = {},
  user: TestUser = 'employmentOfficer',
): Promise<string> {
  const { id } = await f.as(user).employmentSupport.competitions.create({
    orgId: f.orgId('520300'),
    title: '遵义市电工职业技能比武',
    trade: '电工',
    level: 'PREFECTURE',
    heldOn: '2026-10-15',
    ...overrides,
  });
  return id;
}

/** A start-up case form for a member (the article's 朱宇 opened a business after 水钢's 分流). */
export function startupInput(householdId: string, memberId: string): StartupCaseInput {
  return {
    householdId,
    memberId,
    businessName: '黔丰自动化设备维修部',
    sector: '设备维修',
    stage: 'PREPARING',
    openedOn: '2026-03-01',
  };
}

/** A struggling enterprise form under the given union (defaults: 遵义's defence-industry plants). */
export function enterpriseInput(orgId: string, overrides: Partial<EnterpriseInput> = {}): EnterpriseInput {
  return {
    orgId,
    name: '遵义某军工机械厂',
    industryUnion: '国防工会',
    divisionCode: '520302',
    reason: 'RESTRUCTURING',
    workersTotal: 600,
    workersAffected: 120,
    measures: [{ kind: 'REDEPLOYMENT', note: '内部转岗分流', date: '2026-06-01' }],
    reportedOn: '2026-06-01',
    ...overrides,
  };
}
