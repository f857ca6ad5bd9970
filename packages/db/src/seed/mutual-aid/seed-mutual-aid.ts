import { type MutualAidScheme, ZUNYI_SCHEME } from '@bangfu/domain';
import type { Kysely } from 'kysely';
import { withTransaction } from '../../driver';
import { newId } from '../../ids';
import type { Database } from '../../schema';
import { insertManyRows } from '../batch-insert';
import { type MutualAidSeedContext, officeHours } from './context';
import { PayerTotals, payerOrgResolver, type SeededScheme, schemeRows } from './fund-rows';
import { hardshipWorkersByCounty } from './member-drafts';
import { countyMembers, type MemberBatch, type MemberStreamDeps } from './member-stream';
import { type PharmacyCandidate, pharmacyRows } from './pharmacy-rows';
import { planMutualAid } from './plan-mutual-aid';
import { ClaimantDraw, seedClaims } from './seed-claims';
import { SEED_SCHEMES } from './seed-schemes';
import { planCountyUnits, type SeedUnit } from './unit-rows';
import { ZunyiChoices } from './zunyi-choice';

export interface MutualAidCounts {
  readonly ma_scheme: number;
  readonly ma_unit: number;
  readonly ma_member: number;
  readonly ma_enrolment: number;
  readonly ma_contribution: number;
  readonly ma_payer_payment: number;
  readonly ma_claim: number;
  readonly ma_fund_entry: number;
  readonly pharmacy_account: number;
  readonly pharmacy_txn: number;
}

export interface SeedMutualAidOptions {
  readonly households: number;
  /** Members per transaction (default 5,000). */
  readonly batchSize?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

async function planUnits(
  db: Kysely<Database>,
  ctx: MutualAidSeedContext,
  counties: ReturnType<typeof planMutualAid>['counties'],
) {
  const employers = await db
    .selectFrom('employer')
    .select(['id', 'name', 'org_id', 'org_path', 'division_code'])
    .orderBy('id')
    .execute();
  const taken = new Set<string>();
  const units = new Map<string, SeedUnit[]>();
  for (const q of counties) {
    const scheme = SEED_SCHEMES.find((s) => s.code === q.schemeCode) as MutualAidScheme;
    const own = employers.filter((e) => e.division_code === q.countyCode);
    units.set(q.countyCode, planCountyUnits(ctx, q, scheme, own, taken));
  }
  return units;
}

/**
 * 职工医疗互助 at the article's scale (see planMutualAid): the 2016 schemes, units, members with
 * their enrolments and contributions split by payer and paid in, the year's paid claims with their
 * payouts in the fund ledger, and 六盘水's pharmacy accounts. Runs after the households, whose
 * in-service hardship workers become hardship members; one transaction per batch of members.
 */
export async function seedMutualAid(
  db: Kysely<Database>,
  ctx: MutualAidSeedContext,
  options: SeedMutualAidOptions,
): Promise<MutualAidCounts> {
  const plan = planMutualAid(options.households);
  const created = officeHours('2015-11-01');
  const schemes: SeededScheme[] = SEED_SCHEMES.map((scheme) => ({
    scheme,
    id: newId(created.getTime(), ctx.idRng.bytes(10)),
    // The federation of the scheme's region runs it (思南: the county's).
    org: ctx.orgByCode(scheme.divisionCode),
  }));
  const schemeOf = (code: string) => schemes.find((s) => s.scheme.code === code) as SeededScheme;
  const units = await planUnits(db, ctx, plan.counties);
  const allUnits = [...units.values()].flat();
  await withTransaction(db, async (trx) => {
    await insertManyRows(trx, 'ma_scheme', schemeRows(ctx, schemes, created));
    await insertManyRows(
      trx,
      'ma_unit',
      allUnits.map((u) => u.row),
    );
  });

  const hardship = await hardshipWorkersByCounty(db);
  const claimants = new ClaimantDraw(ctx.rng.fork(1), plan.claims);
  const payers = new PayerTotals(schemes);
  const pharmacy: PharmacyCandidate[] = [];
  const payerOrgsOf = payerOrgResolver(ctx, (code) => schemeOf(code).org, payers);
  const deps: MemberStreamDeps = {
    ctx,
    zunyi: new ZunyiChoices(
      ctx.rng.fork(2),
      plan.membersByScheme[ZUNYI_SCHEME.code] ?? 0,
      plan.zunyiEnrolments,
    ),
    schemeIdOf: (code) => schemeOf(code).id,
    payerOrgsOf,
    onEnrolled: (e) => claimants.offer(e),
    onPharmacyCandidate: (c) => pharmacy.push(c),
  };
  const counts = { ma_member: 0, ma_enrolment: 0, ma_contribution: 0 };
  let batch: MemberBatch = { members: [], enrolments: [], contributions: [] };
  const flush = async () => {
    const b = batch;
    batch = { members: [], enrolments: [], contributions: [] };
    payers.add(b.contributions);
    await withTransaction(db, async (trx) => {
      await insertManyRows(trx, 'ma_member', b.members);
      await insertManyRows(trx, 'ma_enrolment', b.enrolments);
      await insertManyRows(trx, 'ma_contribution', b.contributions);
    });
    counts.ma_member += b.members.length;
    counts.ma_enrolment += b.enrolments.length;
    counts.ma_contribution += b.contributions.length;
    options.onProgress?.(counts.ma_member, plan.members);
  };
  for (const q of plan.counties) {
    countyMembers(deps, units.get(q.countyCode) ?? [], hardship.get(q.countyCode) ?? [], batch);
    if (batch.members.length >= (options.batchSize ?? 5_000)) await flush();
  }
  if (batch.members.length > 0) await flush();

  const payments = payers.rows(ctx);
  const claims = seedClaims(ctx, {
    claimants: claimants.picked(),
    paidFen: plan.paidFen,
    schemeIdOf: (code) => schemeOf(code).id,
  });
  const accounts = pharmacyRows(ctx, pharmacy, plan.pharmacyAccounts);
  await withTransaction(db, async (trx) => {
    await insertManyRows(trx, 'ma_payer_payment', payments);
    await insertManyRows(
      trx,
      'ma_claim',
      claims.map((c) => c.claim),
    );
    await insertManyRows(
      trx,
      'ma_fund_entry',
      claims.map((c) => c.entry),
    );
    await insertManyRows(trx, 'pharmacy_account', accounts.accounts);
    await insertManyRows(trx, 'pharmacy_txn', accounts.txns);
  });
  return {
    ma_scheme: schemes.length,
    ma_unit: allUnits.length,
    ...counts,
    ma_payer_payment: payments.length,
    ma_claim: claims.length,
    ma_fund_entry: claims.length,
    pharmacy_account: accounts.accounts.length,
    pharmacy_txn: accounts.txns.length,
  };
}
