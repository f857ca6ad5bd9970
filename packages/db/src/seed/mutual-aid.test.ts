import {
  adjudicateClaim,
  type Claim,
  type ClaimHistory,
  computeCheckChar,
  DEFAULT_MUTUAL_AID_POLICY,
  type MutualAidScheme,
  MutualAidSchemeSchema,
  type Sex,
  splitContribution,
} from '@bangfu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../driver';
import { driverTestTargets } from '../driver/driver-test-targets';
import type { Database } from '../schema';
import { planMutualAid } from './mutual-aid/plan-mutual-aid';
import { SEED_SCHEMES } from './mutual-aid/seed-schemes';
import { ARTICLE_MUTUAL_AID, scaledToHouseholds } from './mutual-aid/targets';
import type { SeedReport } from './seed-province';
import { groupBy, seededDatabase, testCrypto } from './seed-test-fixture';

const HOUSEHOLDS = 1_000;
const plan = planMutualAid(HOUSEHOLDS);
const sum = (xs: readonly (number | string | bigint)[]) => xs.reduce<number>((a, x) => a + Number(x), 0);

describe('the mutual-aid plan at full scale (nothing inserted)', () => {
  const full = planMutualAid(197_392);
  it('reproduces the article: 7,108 units, 724,800 members, 1.2亿 raised, 1.1万 claims paying 553.5万', () => {
    expect(full.units).toBe(7_108);
    expect(full.members).toBe(724_800);
    expect(full.raisedFen).toBe(120_000_000 * 100);
    expect(full.claimCount).toBe(11_000);
    expect(full.paidFen).toBe(5_535_000 * 100);
    expect(full.pharmacyAccounts).toBe(314);
    expect(sum(Object.values(full.membersByScheme))).toBe(724_800);
  });
  it('keeps 遵义 members at 1–3 plans each and every seeded scheme valid', () => {
    const zunyi = full.membersByScheme['ZUNYI-FIVE-PLANS'] ?? 0;
    expect(full.zunyiEnrolments).toBeGreaterThanOrEqual(zunyi);
    expect(full.zunyiEnrolments).toBeLessThanOrEqual(3 * zunyi);
    for (const s of SEED_SCHEMES) expect(MutualAidSchemeSchema.safeParse(s).success).toBe(true);
  });
});

describe.each(driverTestTargets())('seeded mutual aid on $name', (target) => {
  let handle: DatabaseHandle<Database>;
  let report: SeedReport;
  let schemes: Map<string, MutualAidScheme>;
  beforeAll(async () => {
    ({ handle, report } = await seededDatabase(() => target.open<Database>(), 11, HOUSEHOLDS));
    const rows = await handle.db.selectFrom('ma_scheme').select(['id', 'body']).execute();
    schemes = new Map(rows.map((r) => [r.id, MutualAidSchemeSchema.parse(r.body)]));
  }, 180_000);
  afterAll(() => handle?.close());

  it('writes the planned units and members, scaled from the article, each scheme region with a unit', async () => {
    const units = await handle.db.selectFrom('ma_unit').select(['id', 'division_code']).execute();
    const members = await handle.db.selectFrom('ma_member').select(['id']).execute();
    expect(units).toHaveLength(plan.units);
    expect(members).toHaveLength(plan.members);
    expect(Math.abs(plan.members - scaledToHouseholds(ARTICLE_MUTUAL_AID.members, HOUSEHOLDS))).toBeLessThan(
      20,
    );
    const perScheme = await handle.db
      .selectFrom('ma_enrolment')
      .select((eb) => ['scheme_code', eb.fn.count<number>('member_id').distinct().as('n')])
      .groupBy('scheme_code')
      .execute();
    expect(Object.fromEntries(perScheme.map((r) => [r.scheme_code, Number(r.n)]))).toEqual(
      plan.membersByScheme,
    );
    expect(report.tables.ma_unit).toBe(plan.units);
    expect(report.tables.ma_member).toBe(plan.members);
  });

  it('splits every enrolment by payer as the scheme says, and raises the planned total, all paid in', async () => {
    const enrolments = await handle.db
      .selectFrom('ma_enrolment')
      .select(['id', 'scheme_id', 'plan_code', 'hardship', 'member_id', 'scheme_code'])
      .execute();
    const shares = groupBy(
      await handle.db.selectFrom('ma_contribution').selectAll().execute(),
      (c) => c.enrolment_id,
    );
    for (const e of enrolments) {
      const p = schemes.get(e.scheme_id)?.plans.find((x) => x.code === e.plan_code);
      if (!p) throw new Error(`no plan ${e.plan_code}`);
      const rows = shares.get(e.id) ?? [];
      expect(sum(rows.map((r) => r.amount_fen))).toBe(p.contribution.totalFen);
      const bySplit = splitContribution(p, { hardship: e.hardship }).map((s) => `${s.payer}:${s.fen}`);
      expect(rows.map((r) => `${r.payer}:${Number(r.amount_fen)}`).sort()).toEqual(bySplit.sort());
      for (const r of rows) expect(Number(r.paid_fen)).toBe(Number(r.amount_fen));
    }
    const zunyi = groupBy(
      enrolments.filter((e) => e.scheme_code === 'ZUNYI-FIVE-PLANS'),
      (e) => e.member_id,
    );
    expect(sum([...zunyi.values()].map((l) => l.length))).toBe(plan.zunyiEnrolments);
    for (const list of zunyi.values()) {
      const codes = list.map((e) => e.plan_code);
      expect(codes.length).toBeLessThanOrEqual(3);
      expect(codes.includes('INPATIENT') && codes.includes('DAILY')).toBe(false);
    }
    const raised = await handle.db.selectFrom('ma_contribution').select(['paid_fen']).execute();
    expect(sum(raised.map((r) => r.paid_fen))).toBe(plan.raisedFen);
    expect(plan.raisedFen / plan.raisedTargetFen).toBeGreaterThan(0.99);
    const payments = await handle.db.selectFrom('ma_payer_payment').select(['amount_fen']).execute();
    expect(sum(payments.map((r) => r.amount_fen))).toBe(plan.raisedFen);
  });

  it('stores for every claim exactly what adjudicateClaim returns for its body, paid once in the ledger', async () => {
    const claims = await handle.db
      .selectFrom('ma_claim as c')
      .innerJoin('ma_enrolment as e', 'e.id', 'c.enrolment_id')
      .innerJoin('ma_member as m', 'm.id', 'c.member_id')
      .select([
        'c.id',
        'c.member_id',
        'c.scheme_id',
        'c.scheme_code',
        'c.event_date',
        'c.body',
        'c.adjudication',
      ])
      .select(['c.payable_fen', 'c.status', 'e.hardship', 'e.enrolled_on', 'e.first_enrolment'])
      .select(['e.cover_from', 'e.cover_to', 'm.sex', 'm.birth_date'])
      .orderBy('c.event_date')
      .orderBy('c.id')
      .execute();
    const entries = await handle.db.selectFrom('ma_fund_entry').selectAll().execute();
    const entryOf = new Map(entries.map((x) => [x.claim_id, x]));
    const histories = new Map<string, ClaimHistory>();
    for (const c of claims) {
      const body = c.body as Claim;
      const key = `${c.member_id}/${c.scheme_code}`;
      const history = histories.get(key) ?? [];
      const member = {
        hardship: c.hardship,
        enrolledOn: c.enrolled_on,
        firstEnrolment: c.first_enrolment,
        sex: c.sex as Sex,
        birthDate: c.birth_date,
        coverFrom: c.cover_from,
        coverTo: c.cover_to,
      };
      const result = adjudicateClaim(schemes.get(c.scheme_id) as MutualAidScheme, member, body, history);
      expect(c.adjudication).toEqual(JSON.parse(JSON.stringify(result)));
      expect(Number(c.payable_fen)).toBe(result.payableFen);
      expect(result.payableFen).toBeGreaterThan(0);
      expect(c.status).toBe('PAID');
      expect(Number(entryOf.get(c.id)?.amount_fen)).toBe(result.payableFen);
      history.push({
        planCode: body.planCode,
        paidFen: result.payableFen,
        baseFen: result.countedBaseFen,
        date: c.event_date,
        ...(body.icd10 ? { icd10: body.icd10 } : {}),
      });
      histories.set(key, history);
    }
    expect(claims).toHaveLength(plan.claimCount);
    expect(entries.every((x) => x.kind === 'CLAIM_PAYOUT')).toBe(true);
    expect(sum(entries.map((x) => x.amount_fen))).toBe(plan.paidFen);
    expect(report.tables.ma_claim).toBe(plan.claimCount);
  });

  it('links hardship members to their filed household by ID blind index; others to none', async () => {
    const members = await handle.db
      .selectFrom('ma_member')
      .select(['id', 'household_id', 'hardship', 'id_number_bidx', 'id_number_enc', 'id_last4', 'birth_date'])
      .execute();
    const inFiles = await handle.db
      .selectFrom('household_member as m')
      .innerJoin('household as h', 'h.id', 'm.household_id')
      .select(['m.household_id', 'm.id_number_bidx', 'h.status'])
      .execute();
    const fileOf = new Map(inFiles.map((r) => [r.id_number_bidx, r]));
    const hardship = members.filter((m) => m.hardship);
    expect(hardship.length).toBeGreaterThan(plan.members * 0.05);
    for (const m of members) {
      const file = fileOf.get(m.id_number_bidx);
      if (m.hardship) {
        expect(file?.household_id).toBe(m.household_id);
        expect(DEFAULT_MUTUAL_AID_POLICY.hardshipStatuses).toContain(file?.status);
      } else {
        expect(m.household_id).toBeNull();
        expect(file).toBeUndefined();
      }
    }
    expect(new Set(members.map((m) => m.id_number_bidx)).size).toBe(members.length);
    for (const m of members.slice(0, 200)) {
      const id = testCrypto.decrypt(m.id_number_enc);
      expect(computeCheckChar(id.slice(0, 17))).toBe(id[17]);
      expect(id.slice(-4)).toBe(m.id_last4);
      expect(testCrypto.blindIndex(id)).toBe(m.id_number_bidx);
      expect(id.slice(6, 14)).toBe(m.birth_date.replaceAll('-', ''));
    }
  });

  it('opens 六盘水 pharmacy accounts of 1,000 yuan for extremely poor members, half city, half county', async () => {
    const accounts = await handle.db
      .selectFrom('pharmacy_account as a')
      .innerJoin('ma_member as m', 'm.id', 'a.member_id')
      .innerJoin('household as h', 'h.id', 'm.household_id')
      .innerJoin('pharmacy_txn as t', 't.account_id', 'a.id')
      .select(['a.balance_fen', 'a.org_path', 'h.category', 't.funding', 't.kind'])
      .execute();
    expect(accounts).toHaveLength(plan.pharmacyAccounts);
    for (const a of accounts) {
      expect(Number(a.balance_fen)).toBe(100_000);
      expect(a.org_path.startsWith('/520000/520200/')).toBe(true);
      expect(DEFAULT_MUTUAL_AID_POLICY.pharmacyCategories).toContain(a.category);
      expect((a.funding as { fen: number }[]).map((f) => f.fen)).toEqual([50_000, 50_000]);
    }
  });
});
