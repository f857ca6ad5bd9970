import { newId } from '@bangfu/db';
import { driverTestTargets } from '@bangfu/db/testing';
import type { HardshipCategory, HardshipCause, IdentificationEvent } from '@bangfu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimsWorld } from '../testing/claims-fixture';
import { postEmployer } from '../testing/employment-fixture';
import { createFixture, type Fixture, type TestUser } from '../testing/fixture';
import { fileHousehold, payAid, step } from '../testing/oversight-fixture';
import { directCounts, insertPlacement, prng } from '../testing/stats-fixture';
import { postCourse, trainMember } from '../testing/training-fixture';

const ON_FILE = ['FILED', 'AIDED', 'UNDER_REVIEW'];
const SCOPES: [TestUser, string][] = [
  ['admin', '/520000/'],
  ['zunyiReviewer', '/520000/520300/'],
  ['zunyiCw', '/520000/520300/520302/'],
  ['grassrootsCw', '/520000/520300/520302/520302-G01/'],
  ['bijieCw', '/520000/520500/520502/'],
];
const CATEGORIES: HardshipCategory[] = ['DIBAO', 'DIBAO_EDGE', 'ACCIDENT_2016'];
const CAUSES: HardshipCause[] = ['SERIOUS_ILLNESS', 'LAID_OFF', 'CHILD_SCHOOLING', 'ACCIDENT'];
const ORGS = ['520302-G01', '520302', '520502-G01'] as const;
type Hh = {
  id: string;
  org: (typeof ORGS)[number];
  status: 'ON_FILE' | 'UNDER_REVIEW' | 'OFF';
  members: string[];
};

const sum = <T>(xs: T[], f: (x: T) => number) => xs.reduce((s, x) => s + Number(f(x)), 0);

describe.each(driverTestTargets())('dashboards equal direct counts on $name', (target) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(target);
  }, 120_000);
  afterAll(() => f?.close());

  /** Walks a random mix of filings, exits, payments, trainings, placements and contributions. */
  async function randomHistory(seed: number, ops: number): Promise<void> {
    const rng = prng(seed);
    const households: Hh[] = [];
    const courseId = await postCourse(f);
    const employerId = await postEmployer(f);
    const world = await claimsWorld(f);
    const placements: string[] = [];
    const trained = new Set<string>();
    let exitCount = 0;
    const file = async () => {
      const org = rng.pick(ORGS);
      const cause = rng.pick(CAUSES);
      const id = await fileHousehold(f, {
        org,
        overrides: { category: rng.pick(CATEGORIES), mainCause: cause, secondaryCauses: [] },
      });
      const members = await f.handle.db
        .selectFrom('household_member')
        .select('id')
        .where('household_id', '=', id)
        .execute();
      households.push({ id, org, status: 'ON_FILE', members: members.map((m) => m.id) });
    };
    for (let i = 0; i < 3; i++) await file();
    for (let i = 0; i < ops; i++) {
      const onFile = households.filter((h) => h.status !== 'OFF');
      const zunyi = onFile.filter((h) => h.org !== '520502-G01');
      const op = rng.pick([
        'file',
        'file',
        'pay',
        'exit',
        'exit',
        'train',
        'place',
        'retain',
        'fund',
      ] as const);
      if (op === 'file' || onFile.length === 0) await file();
      else if (op === 'pay')
        await payAid(
          f,
          rng.pick(onFile.filter((h) => h.status === 'ON_FILE')).id,
          10_000 * (1 + rng.int(50)),
        );
      else if (op === 'exit') {
        const h = rng.pick(onFile);
        const user: TestUser = h.org === '520502-G01' ? 'bijieCw' : 'zunyiCw';
        if (h.status === 'ON_FILE') await step(f, h.id, 'START_REVIEW', user);
        h.status = 'UNDER_REVIEW';
        if (rng.int(3) > 0) {
          const exits: IdentificationEvent[] = ['EXIT_TUOKUN', 'CANCEL', 'EXIT_JIEKUN'];
          const exit = exits[exitCount++ % exits.length] as IdentificationEvent;
          await step(f, h.id, exit, user);
          h.status = 'OFF';
        }
      } else if (op === 'train' && zunyi.length > 0) {
        const h = rng.pick(zunyi);
        const memberId = h.members.find((m) => !trained.has(m));
        if (memberId) {
          trained.add(memberId);
          await trainMember(f, { courseId, householdId: h.id, memberId });
        }
      } else if (op === 'place') {
        placements.push(
          await insertPlacement(f, rng.pick(onFile).id, employerId, `202${5 + rng.int(2)}-03-01`),
        );
      } else if (op === 'retain' && placements.length > 0) {
        await f.handle.db
          .updateTable('placement')
          .set({ retained: rng.int(2) === 0, retention_checked_on: '2026-09-01' })
          .where('id', '=', rng.pick(placements))
          .execute();
      } else if (op === 'fund') {
        const { memberId } = await world.enrol();
        await f.handle.db
          .insertInto('ma_fund_entry')
          .values({
            id: newId(),
            scheme_id: world.scheme.id,
            org_path: '/520000/520300/520302/520302-G01/',
            kind: 'CONTRIBUTION',
            payer: rng.pick(['INDIVIDUAL', 'UNION', 'GOVERNMENT']),
            member_id: memberId,
            amount_fen: 1000 * (1 + rng.int(10)),
            idempotency_key: newId(),
            paid_on: '2026-03-01',
          })
          .execute();
      }
    }
  }

  it('after a random sequence of filings, exits, payments, trainings, placements and contributions', async () => {
    await randomHistory(20261129, 60);
    // The sequence did exercise every kind of write (else the equalities below prove little).
    const all = await directCounts(f, '/520000/');
    expect(new Set(all.flows.map((r) => r.flow))).toEqual(new Set(['FILED', 'EXITED', 'CANCELLED']));
    expect(
      [all.aid.length, all.fund.length, all.trained, Number(all.placements?.checked)].every((n) => n > 0),
    ).toBe(true);
    expect(all.byStatusCategoryCause.some((r) => r.status === 'UNDER_REVIEW')).toBe(true);
    for (const [user, path] of SCOPES) {
      const d = await directCounts(f, path);
      const api = f.as(user).stats;
      const [overview, trend, aid, fund, employment] = await Promise.all([
        api.overview({}),
        api.trend({}),
        api.aid({}),
        api.mutualAidFund({}),
        api.employment({}),
      ]);
      expect(overview.scope.org.path).toBe(path);
      const onFile = d.byStatusCategoryCause.filter((r) => ON_FILE.includes(r.status));
      expect(overview.onFile).toEqual({
        households: sum(onFile, (r) => r.h),
        people: sum(onFile, (r) => r.p),
      });
      for (const c of overview.byCategory) {
        expect(c.households).toBe(
          sum(
            onFile.filter((r) => r.category === c.category),
            (r) => r.h,
          ),
        );
      }
      for (const c of overview.byCause) {
        expect(c.people).toBe(
          sum(
            onFile.filter((r) => r.cause === c.cause),
            (r) => r.p,
          ),
        );
      }
      for (const s of overview.byStatus) {
        expect(s.households).toBe(
          sum(
            d.byStatusCategoryCause.filter((r) => r.status === s.status),
            (r) => r.h,
          ),
        );
      }
      expect(sum(overview.byStatus, (s) => s.households)).toBe(sum(d.byStatusCategoryCause, (r) => r.h));
      expect(overview.skill.numerator).toBe(sum(onFile, (r) => r.skilled));
      for (const child of overview.byChild) {
        if (!child.org) continue;
        const dc = await directCounts(f, child.org.path);
        const childOnFile = dc.byStatusCategoryCause.filter((r) => ON_FILE.includes(r.status));
        expect(child.values.households).toBe(sum(childOnFile, (r) => r.h));
      }
      // Flows per year, and the stock at the end equals what is on file now.
      for (const y of trend.years) {
        const at = (flow: string) =>
          sum(
            d.flows.filter((r) => r.year === y.year && r.flow === flow),
            (r) => r.h,
          );
        expect([y.filed.households, y.exited.households, y.cancelled.households]).toEqual([
          at('FILED'),
          at('EXITED'),
          at('CANCELLED'),
        ]);
      }
      expect(trend.years.at(-1)?.stock.households).toBe(overview.onFile.households);
      expect(aid.totalFen).toBe(sum(d.aid, (r) => r.amount));
      expect(aid.payments).toBe(sum(d.aid, (r) => r.payments));
      for (const p of aid.byProgramme) {
        const row = d.aid.find((r) => r.programme === p.programme && r.funding_source === p.fundingSource);
        expect(p.amountFen).toBe(Number(row?.amount));
      }
      const raised = d.fund.filter((r) => r.kind === 'CONTRIBUTION');
      expect(fund.raisedFen).toBe(sum(raised, (r) => r.amount));
      for (const p of fund.raisedByPayer) {
        expect(p.amountFen).toBe(
          sum(
            raised.filter((r) => r.payer === p.payer),
            (r) => r.amount,
          ),
        );
      }
      expect(employment.trained).toBe(d.trained);
      expect([employment.placed, employment.retentionChecked, employment.retained]).toEqual([
        Number(d.placements?.placed),
        Number(d.placements?.checked),
        Number(d.placements?.retained),
      ]);
    }
  }, 300_000);

  it('shows a sibling county or a parent as not found, and drills down only inside the scope', async () => {
    const bijie = await f.handle.db
      .selectFrom('org_unit')
      .select('id')
      .where('code', '=', '520502')
      .executeTakeFirstOrThrow();
    await expect(f.as('zunyiCw').stats.overview({ orgId: bijie.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(f.as('zunyiCw').stats.overview({ orgId: f.orgId('520000') })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const down = await f.as('admin').stats.overview({ orgId: f.orgId('520302') });
    expect(down.scope.breadcrumbs.map((b) => b.code)).toEqual(['520000', '520300', '520302']);
    expect(down.scope.children.map((c) => c.code)).toContain('520302-G01');
    const own = await f.as('zunyiCw').stats.overview({ orgId: f.orgId('520302-G01') });
    expect(own.scope.breadcrumbs.map((b) => b.code)).toEqual(['520302', '520302-G01']);
  });
});
