import { withTransaction } from '@bangfu/db';
import {
  type FestivalCampaignInput,
  FILING_PATH,
  type HardshipCategory,
  type HouseholdCreateInput,
} from '@bangfu/domain';
import type { StaffContext } from '../festival/festival-errors';
import { transitionHousehold } from '../identification/transition';
import { type Fixture, householdInput, makeIdNumber, type TestUser } from './fixture';

const TO_FILED = FILING_PATH;

const STANDARD_OF: Record<HardshipCategory, HouseholdCreateInput['standardVersion']> = {
  DIBAO: 'ACFTU_2016',
  DIBAO_EDGE: 'ACFTU_2016',
  ACCIDENT_2016: 'ACFTU_2016',
  DEEP: 'ACFTU_2020',
  RELATIVE: 'ACFTU_2020',
  ACCIDENT: 'ACFTU_2020',
};

export interface HouseholdSpec {
  category: HardshipCategory;
  /** How far along §3.2 to walk the file: all the way to FILED by default. */
  steps?: number;
  org?: '520302-G01' | '520502-G01';
  name?: string;
}

/** Opens a household with households.create and walks it through §3.2 (to FILED by default). */
export async function fileHousehold(f: Fixture, spec: HouseholdSpec): Promise<string> {
  const bijie = spec.org === '520502-G01';
  const user: TestUser = bijie ? 'bijieCw' : 'zunyiCw';
  const county = bijie ? '520502' : '520302';
  const base = householdInput(f.orgId(spec.org ?? '520302-G01'), {
    divisionCode: county,
    category: spec.category,
    standardVersion: STANDARD_OF[spec.category],
  });
  const [self, ...rest] = base.members;
  const members = [
    { ...self!, name: spec.name ?? self!.name, idNumber: makeIdNumber(county, '19800101', 'male') },
    ...rest.map((m) => ({ ...m, idNumber: makeIdNumber(county, '19820315', 'female') })),
  ];
  const { id } = await f.as(user).households.create({ ...base, members });
  const ctx = f.context('admin');
  for (const event of TO_FILED.slice(0, spec.steps ?? TO_FILED.length)) {
    const payload =
      event === 'START_SURVEY'
        ? { surveyorIds: [f.actor('zunyiCw').userId, f.actor('zunyiCw2').userId] }
        : undefined;
    await withTransaction(f.handle.db, (trx) =>
      transitionHousehold(trx, ctx, { householdId: id, event, payload }),
    );
  }
  return id;
}

/** A 2027 春节 campaign of 红花岗区 for 深度 (2,000 yuan) and 相对 (1,000 yuan) households. */
export function campaignInput(
  f: Fixture,
  overrides: Partial<FestivalCampaignInput> = {},
): FestivalCampaignInput {
  return {
    orgId: f.orgId('520302'),
    name: '2027年春节送温暖',
    festival: 'SPRING_FESTIVAL',
    year: 2027,
    amounts: { DEEP: 200_000, RELATIVE: 100_000 },
    fundingSource: 'CENTRAL_SPECIAL',
    ...overrides,
  };
}

/** Creates a campaign as zunyiCw and builds its list; returns its id and current version. */
export async function listedCampaign(
  f: Fixture,
  overrides: Partial<FestivalCampaignInput> = {},
): Promise<{ id: string; version: number; totalCount: number; totalFen: number }> {
  const cw = f.as('zunyiCw').festival;
  const { id, version } = await cw.create(campaignInput(f, overrides));
  return cw.buildList({ campaignId: id, expectedVersion: version });
}

/** Ledger entries of a campaign, per household: the proof nobody was paid twice. */
export async function ledgerByHousehold(f: Fixture, campaignId: string): Promise<Map<string, number[]>> {
  const rows = await f.handle.db
    .selectFrom('aid_ledger_entry')
    .select(['household_id', 'amount_fen'])
    .where('campaign_id', '=', campaignId)
    .execute();
  const out = new Map<string, number[]>();
  for (const r of rows) out.set(r.household_id, [...(out.get(r.household_id) ?? []), Number(r.amount_fen)]);
  return out;
}

/** Row counts of the festival tables, the ledger and the audit log, to show a refusal changed nothing. */
export async function festivalCounts(f: Fixture): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of ['festival_campaign', 'festival_item', 'aid_ledger_entry', 'audit_event'] as const) {
    const row = await f.handle.db
      .selectFrom(t)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    out[t] = Number(row.n);
  }
  return out;
}

/** A staff member's context, for calling use-cases (the batch runner) outside the router. */
export function staffContext(f: Fixture, user: TestUser): StaffContext {
  return { ...f.context(user), actor: f.actor(user) };
}
