import {
  type ClassificationInputDraft,
  DEFAULT_IDENTIFICATION_POLICY,
  type FourLooksChecklist,
  IdentificationPolicySchema,
  type SubmitApplicationInput,
} from '@bangfu/domain';
import { publishPolicy } from '../policies/load-policy';
import { type Fixture, householdInput, type TestUser } from './fixture';

type OrgCode = Parameters<Fixture['orgId']>[0];

/** Opens a draft household under `org` (红花岗区中华路社区工会 unless told) and returns id and version. */
export async function draftHousehold(
  f: Fixture,
  org: OrgCode = '520302-G01',
  user: TestUser = 'zunyiCw',
): Promise<{ id: string; version: number }> {
  const division = org.startsWith('5205') ? '520502' : '520302';
  return f.as(user).households.create(householdInput(f.orgId(org), { divisionCode: division }));
}

const signedAt = '2026-11-28T09:00:00+08:00';
const consent = { granted: true, version: 'v1', at: signedAt };

/** A complete application: all four consents granted, both forms signed. */
export function submitInput(
  householdId: string,
  expectedVersion: number,
  overrides: Partial<SubmitApplicationInput> = {},
): SubmitApplicationInput {
  return {
    householdId,
    expectedVersion,
    channel: 'COMMUNITY',
    appliedOn: '2026-11-28',
    consents: { general: consent, sensitive: consent, publicity: consent, incomeCheck: consent },
    incomeCommitmentSigned: true,
    incomeCheckAuthorised: true,
    ...overrides,
  };
}

/** A filled 四看 checklist. */
export function fourLooksChecklist(): FourLooksChecklist {
  return {
    HOUSING: {
      answers: {
        housingType: 'RENTED',
        areaBand: 'FROM_20_TO_50',
        condition: 'POOR',
        monthlyRentFen: 60_000,
        utilities: 'COMPLETE',
      },
      note: '租住老旧平房',
    },
    LIVELIHOOD: {
      answers: { incomeSources: '户主工资', consumptionLevel: 'LOW', durableGoods: 'BASIC', savingsFen: 0 },
      note: '消费低于周边',
    },
    LABOUR: {
      answers: {
        workingAgeMembers: 2,
        employedMembers: 1,
        skills: 'BASIC',
        illOrDisabledMembers: 1,
        careBurden: 'PART_TIME',
      },
      note: '配偶患癌',
    },
    SCHOOLING: {
      answers: { childrenInSchool: 0, highestStage: 'NONE', annualSchoolingFen: 0, educationDebtFen: 0 },
      note: '无在读子女',
    },
  } as FourLooksChecklist;
}

/** Figures of a two-person household living on ¥1,500 a month: 深度困难 under the default policy. */
export function deepHardshipFigures(
  overrides: Partial<ClassificationInputDraft> = {},
): ClassificationInputDraft {
  return {
    standardVersion: 'ACFTU_2020',
    divisionCode: '520302',
    year: 2026,
    householdSize: 2,
    incomes: [{ kind: 'WAGES', annualFen: 1_800_000 }],
    ...overrides,
  };
}

/** The record of each of the six steps, in order. */
export function sixStepData(surveyorIds: string[]): Record<string, unknown> {
  return {
    ENTER: { visitedOn: '2026-11-29', surveyorIds, householdPresent: true },
    LOOK: { checklist: fourLooksChecklist() },
    CALCULATE: { input: deepHardshipFigures({ divisionCode: '520502' }) },
    COMPARE: { neighbours: 'LOWER', neighbourNote: '明显低于邻里' },
    VERIFY: { checks: [{ source: 'NEIGHBOURS', result: 'CONSISTENT' }] },
    DELIBERATE: {
      meetingOn: '2026-11-30',
      attendees: 7,
      votesFor: 7,
      votesAgainst: 0,
      conclusion: 'AGREE',
    },
  };
}

/** Publishes a policy under which 毕节/七星关区 surveys use the six steps. */
export async function useSixStepInBijie(f: Fixture): Promise<void> {
  await publishPolicy(f.context('admin'), {
    kind: 'IDENTIFICATION',
    schema: IdentificationPolicySchema,
    body: {
      ...DEFAULT_IDENTIFICATION_POLICY,
      surveyMethods: [
        ...DEFAULT_IDENTIFICATION_POLICY.surveyMethods,
        { orgCodePrefix: '520502', method: 'SIX_STEP' },
      ],
    },
    effectiveFrom: '2026-01-01',
  });
}

/** A household's row and the counts of every identification table, to show a refusal changed nothing. */
export async function caseSnapshot(f: Fixture, householdId: string): Promise<Record<string, unknown>> {
  const db = f.handle.db;
  const household = await db
    .selectFrom('household')
    .select(['status', 'version', 'category', 'updated_at', 'status_since'])
    .where('id', '=', householdId)
    .executeTakeFirstOrThrow();
  const tables = [
    'ident_step',
    'ident_application',
    'ident_survey',
    'ident_survey_step',
    'ident_survey_signature',
    'ident_assessment',
    'attachment',
    'audit_event',
  ] as const;
  const counts: Record<string, number> = {};
  for (const t of tables) {
    const r = await db
      .selectFrom(t)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    counts[t] = Number(r.n);
  }
  const surveys = await db
    .selectFrom('ident_survey')
    .select(['status', 'version', 'checklist'])
    .where('household_id', '=', householdId)
    .orderBy('assigned_at')
    .execute();
  return { household, counts, surveys };
}
