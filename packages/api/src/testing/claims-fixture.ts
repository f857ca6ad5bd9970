import { newId } from '@bangfu/db';
import {
  type Claim,
  LIUPANSHUI_SCHEME,
  MUTUAL_AID_CLAIMS_POLICY_KIND,
  MutualAidClaimsPolicySchema,
  type MutualAidScheme,
  type PayerKind,
} from '@bangfu/domain';
import { publishPolicy } from '../policies/load-policy';
import type { Fixture } from './fixture';

type OrgCode = Parameters<Fixture['orgId']>[0];

/** 六盘水's rules (50 % ordinary, 70 % hardship, cap 50,000 a year) as a 遵义 scheme for 2026. */
export function testScheme(code = 'TEST-INPATIENT', changes: Partial<MutualAidScheme['plans'][number]> = {}) {
  const plan = LIUPANSHUI_SCHEME.plans[0]!;
  return {
    ...LIUPANSHUI_SCHEME,
    code,
    divisionCode: '520300',
    termYear: 2026,
    plans: [{ ...plan, fixedStartDate: '2026-01-01', ...changes }],
  } satisfies MutualAidScheme;
}

async function orgPath(f: Fixture, code: OrgCode): Promise<string> {
  const row = await f.handle.db
    .selectFrom('org_unit')
    .select('path')
    .where('id', '=', f.orgId(code))
    .executeTakeFirstOrThrow();
  return row.path;
}

/** Inserts a scheme version straight into ma_scheme (run by 遵义市总工会). */
export async function insertScheme(
  f: Fixture,
  scheme: MutualAidScheme,
  opts: { version?: number; status?: 'ACTIVE' | 'CLOSED' } = {},
): Promise<string> {
  const id = newId();
  await f.handle.db
    .insertInto('ma_scheme')
    .values({
      id,
      code: scheme.code,
      version: opts.version ?? 1,
      name: scheme.name.zh,
      body: JSON.stringify(scheme),
      division_code: scheme.divisionCode,
      org_id: f.orgId('520300'),
      org_path: await orgPath(f, '520300'),
      term_year: scheme.termYear,
      status: opts.status ?? 'ACTIVE',
    })
    .execute();
  return id;
}

/** Closes a scheme version to new claims (a newer one takes over). */
export async function closeScheme(f: Fixture, schemeId: string): Promise<void> {
  await f.handle.db.updateTable('ma_scheme').set({ status: 'CLOSED' }).where('id', '=', schemeId).execute();
}

export async function insertUnit(f: Fixture, org: OrgCode = '520302-G01', divisionCode = '520302') {
  const id = newId();
  await f.handle.db
    .insertInto('ma_unit')
    .values({
      id,
      name: `测试单位${id.slice(-4)}`,
      org_id: f.orgId(org),
      org_path: await orgPath(f, org),
      division_code: divisionCode,
      staff_count: 50,
    })
    .execute();
  return { id, org, orgPath: await orgPath(f, org) };
}

let seq = 0;
export interface MemberSpec {
  hardship?: boolean;
  householdId?: string | null;
  sex?: 'MALE' | 'FEMALE';
  /** First enrolment: the plan's waiting period applies. */
  firstEnrolment?: boolean;
}

/** A member of `unit` enrolled in `plan` of the scheme for its term year; returns both ids. */
export async function enrolMember(
  f: Fixture,
  unit: { id: string; orgPath: string },
  scheme: { id: string; body: MutualAidScheme },
  spec: MemberSpec = {},
): Promise<{ memberId: string; enrolmentId: string }> {
  seq += 1;
  const memberId = newId();
  const hardship = spec.hardship ?? false;
  await f.handle.db
    .insertInto('ma_member')
    .values({
      id: memberId,
      unit_id: unit.id,
      org_path: unit.orgPath,
      name: `职工${seq}`,
      id_number_enc: f.services.crypto.encrypt(`52030219800101${String(seq).padStart(4, '0')}`),
      id_number_bidx: `bidx-${memberId}`,
      id_last4: String(seq).padStart(4, '0'),
      sex: spec.sex ?? 'MALE',
      birth_date: '1980-01-01',
      household_id: spec.householdId ?? null,
      hardship,
      in_service: true,
      union_member: true,
    })
    .execute();
  const enrolmentId = newId();
  const year = scheme.body.termYear;
  await f.handle.db
    .insertInto('ma_enrolment')
    .values({
      id: enrolmentId,
      member_id: memberId,
      unit_id: unit.id,
      scheme_id: scheme.id,
      scheme_code: scheme.body.code,
      plan_code: scheme.body.plans[0]!.code,
      term_year: year,
      enrolled_on: `${year}-01-01`,
      cover_from: `${year}-01-01`,
      cover_to: `${year}-12-31`,
      first_enrolment: spec.firstEnrolment ?? false,
      hardship,
      org_path: unit.orgPath,
    })
    .execute();
  return { memberId, enrolmentId };
}

/** One payer's share of an enrolment's contribution, `paidFen` of it paid in. */
export async function insertContribution(
  f: Fixture,
  input: { enrolmentId: string; schemeId: string; payer: PayerKind; amountFen: number; paidFen: number },
): Promise<void> {
  const e = await f.handle.db
    .selectFrom('ma_enrolment')
    .select('org_path')
    .where('id', '=', input.enrolmentId)
    .executeTakeFirstOrThrow();
  await f.handle.db
    .insertInto('ma_contribution')
    .values({
      id: newId(),
      enrolment_id: input.enrolmentId,
      scheme_id: input.schemeId,
      payer: input.payer,
      amount_fen: input.amountFen,
      paid_fen: input.paidFen,
      org_path: e.org_path,
    })
    .execute();
}

/** A complete hospital-stay claim in October 2026: policy-scope self-pay 10,000 yuan by default. */
export function inpatientClaim(overrides: Partial<Claim> = {}): Claim {
  return {
    planCode: 'INPATIENT',
    kind: 'INPATIENT',
    eventDate: '2026-10-01',
    admissionDate: '2026-10-01',
    dischargeDate: '2026-10-10',
    submittedOn: '2026-11-20',
    firstDiagnosis: false,
    totalCostFen: 5_000_000,
    basicInsurancePaidFen: 3_000_000,
    selfPayFen: 2_000_000,
    policyScopeSelfPayFen: 1_000_000,
    otherUnionAidFen: 0,
    documents: ['ID_CARD', 'DISCHARGE_SUMMARY', 'MEDICAL_INVOICE', 'INSURANCE_SETTLEMENT'],
    ...overrides,
  };
}

/** Every row of the claim and fund tables, in a stable order: for "nothing changed" checks. */
export async function claimTablesSnapshot(f: Fixture): Promise<string> {
  const claims = await f.handle.db.selectFrom('ma_claim').selectAll().orderBy('id').execute();
  const entries = await f.handle.db.selectFrom('ma_fund_entry').selectAll().orderBy('seq').execute();
  return JSON.stringify({ claims, entries });
}

export async function countRows(f: Fixture): Promise<{ claims: number; entries: number; audit: number }> {
  const n = async (t: 'ma_claim' | 'ma_fund_entry' | 'audit_event') =>
    Number(
      (
        await f.handle.db
          .selectFrom(t)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return { claims: await n('ma_claim'), entries: await n('ma_fund_entry'), audit: await n('audit_event') };
}

/** Publishes the second-review rules (a new policy version in force from 2026-01-01). */
export async function setClaimsPolicy(
  f: Fixture,
  body: { secondReviewSharePermille: number; secondReviewAboveFen: number },
): Promise<void> {
  await publishPolicy(f.context('admin') as never, {
    kind: MUTUAL_AID_CLAIMS_POLICY_KIND,
    schema: MutualAidClaimsPolicySchema,
    body,
    effectiveFrom: '2026-01-01',
  });
}

/** A scheme, a unit under 红花岗区中华路社区工会, and helpers to enrol members in it. */
export async function claimsWorld(f: Fixture, code = 'TEST-INPATIENT') {
  const body = testScheme(code);
  const scheme = { id: await insertScheme(f, body), body };
  const unit = await insertUnit(f);
  return {
    scheme,
    unit,
    enrol: (spec: MemberSpec = {}) => enrolMember(f, unit, scheme, spec),
  };
}
