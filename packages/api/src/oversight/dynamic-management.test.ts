import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from '../testing/errors';
import { createFixture, type Fixture } from '../testing/fixture';
import { fileHousehold, oversightCounts, statusOf } from '../testing/oversight-fixture';

describe.each(driverTestTargets())('reviews, exits, follow-ups and re-entry on $name', (target) => {
  let f: Fixture;
  let files: string[];
  beforeAll(async () => {
    f = await createFixture(target);
    files = [];
    for (let i = 0; i < 5; i++) files.push(await fileHousehold(f));
  }, 120_000);
  afterAll(() => f?.close());

  const cw = () => f.as('zunyiCw').oversight;
  const review = async (householdId: string, rest: Record<string, unknown>) =>
    cw().completeReview({
      householdId,
      expectedVersion: (await statusOf(f, householdId)).version,
      effectiveDate: '2026-11-29',
      outcome: 'CONFIRM',
      ...rest,
    } as never);

  it('draws ceil(30 % of files) for a random review, reproducibly from the seed', async () => {
    const started = await cw().startReviews({
      orgId: f.orgId('520302'),
      year: 2026,
      mode: 'RANDOM',
      seed: 'r-2026',
    });
    expect(started).toMatchObject({ started: 2, byReason: { RANDOM: 2 }, population: 5, policyVersion: 0 });
    const open = await f.handle.db.selectFrom('annual_review').select(['household_id', 'reason']).execute();
    for (const r of open) expect((await statusOf(f, r.household_id)).status).toBe('UNDER_REVIEW');
    for (const r of open) await review(r.household_id, {});
    expect(
      (await cw().startReviews({ orgId: f.orgId('520302'), year: 2026, mode: 'RANDOM', seed: 'r-2026' }))
        .started,
    ).toBe(0);
  });

  it('puts every file under its annual review once a year', async () => {
    const started = await cw().startReviews({ orgId: f.orgId('520302'), year: 2026, mode: 'ALL' });
    expect(started).toMatchObject({ started: 5, byReason: { ANNUAL: 5 } });
    for (const id of files) expect((await statusOf(f, id)).status).toBe('UNDER_REVIEW');
    const before = await oversightCounts(f);
    expect((await cw().startReviews({ orgId: f.orgId('520302'), year: 2026, mode: 'ALL' })).started).toBe(0);
    expect((await oversightCounts(f)).annual_review).toBe(before.annual_review);
  });

  it('keeps a file with a new category', async () => {
    const saved = await review(files[0]!, { newCategory: 'DIBAO_EDGE' });
    expect(saved).toMatchObject({ status: 'FILED', followUps: 0 });
    const h = await f.as('zunyiCw').households.get({ id: files[0]! });
    expect([h.status, h.category, h.version]).toEqual(['FILED', 'DIBAO_EDGE', saved.version]);
  });

  it('refuses 脱困 while income is not above the exit line, and a stale version, changing nothing', async () => {
    const id = files[1]!;
    const before = await oversightCounts(f);
    const low = await failure(
      review(id, { outcome: 'EXIT_TUOKUN', reason: 'TUOKUN', recomputedPcniFen: 80_000 }),
    );
    expect(low.domainCode).toBe('NOT_ELIGIBLE');
    const stale = await failure(
      cw().completeReview({
        householdId: id,
        expectedVersion: 1,
        outcome: 'CONFIRM',
        effectiveDate: '2026-11-29',
      }),
    );
    expect(stale.domainCode).toBe('VERSION_CONFLICT');
    expect(await oversightCounts(f)).toEqual(before);
    expect((await statusOf(f, id)).status).toBe('UNDER_REVIEW');

    const out = await review(id, { outcome: 'EXIT_TUOKUN', reason: 'TUOKUN', recomputedPcniFen: 80_001 });
    expect(out).toMatchObject({ status: 'EXITED_TUOKUN', followUps: 12 });
  });

  it('exits a file with the exit form, releases its ID numbers and schedules 12 monthly calls', async () => {
    const id = files[2]!;
    const out = await review(id, {
      outcome: 'EXIT_JIEKUN',
      reason: 'SAFETY_NET',
      effectiveDate: '2026-01-31',
    });
    expect(out).toMatchObject({ status: 'EXITED_JIEKUN', followUps: 12 });
    const db = f.handle.db;
    expect(
      await db.selectFrom('file_exit').selectAll().where('household_id', '=', id).executeTakeFirst(),
    ).toMatchObject({
      type: 'JIEKUN',
      reason: 'SAFETY_NET',
      effective_date: '2026-01-31',
      report_to_higher: true,
      decided_by: f.actor('zunyiCw').userId,
    });
    const calls = await db
      .selectFrom('follow_up_call')
      .select('due_on')
      .where('household_id', '=', id)
      .orderBy('seq')
      .execute();
    expect(calls.map((c) => c.due_on)).toEqual([
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
      '2026-07-31',
      '2026-08-31',
      '2026-09-30',
      '2026-10-31',
      '2026-11-30',
      '2026-12-31',
      '2027-01-31',
    ]);
    expect(
      await db.selectFrom('active_id_number').select('member_id').where('household_id', '=', id).execute(),
    ).toEqual([]);
    const review2026 = await db
      .selectFrom('annual_review')
      .selectAll()
      .where('household_id', '=', id)
      .where('reason', '=', 'ANNUAL')
      .executeTakeFirstOrThrow();
    expect(review2026).toMatchObject({ outcome: 'EXIT_JIEKUN', exit_reason: 'SAFETY_NET' });
    expect(review2026.completed_at).not.toBeNull();
  });

  it('lists the calls due and records one, once', async () => {
    const due = await cw().followUpsDue({ orgId: f.orgId('520302') });
    // Due by today (2026-11-29): the 脱困 file's first call is in December; the 解困 file has ten.
    expect(due.map((d) => d.dueOn)).toEqual([
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
      '2026-07-31',
      '2026-08-31',
      '2026-09-30',
      '2026-10-31',
    ]);
    const saved = await cw().recordFollowUp({
      callId: due[0]!.id,
      expectedVersion: 1,
      outcome: 'RETURNED_TO_HARDSHIP',
      note: '再次失业',
    });
    expect(saved).toMatchObject({ version: 2, outcome: 'RETURNED_TO_HARDSHIP' });
    expect(await cw().followUpsDue({ orgId: f.orgId('520302') })).toHaveLength(8);
    const twice = await failure(cw().recordFollowUp({ callId: due[0]!.id, outcome: 'STABLE' }));
    expect(twice.domainCode).toBe('CONFLICT');
  });

  it('re-enters an exited file as a new linked draft holding the same ID numbers; the old file stays exited', async () => {
    const old = files[2]!;
    const refused = await failure(cw().reenter({ previousHouseholdId: files[0]! }));
    expect(refused.domainCode).toBe('RULE_VIOLATION');

    const { id } = await cw().reenter({ previousHouseholdId: old });
    const db = f.handle.db;
    const fresh = await db.selectFrom('household').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(fresh).toMatchObject({
      status: 'DRAFT',
      previous_household_id: old,
      head_name: '张建国',
      member_count: 2,
    });
    expect((await statusOf(f, old)).status).toBe('EXITED_JIEKUN');
    const bidx = (hid: string) =>
      db
        .selectFrom('household_member')
        .select('id_number_bidx')
        .where('household_id', '=', hid)
        .orderBy('seq')
        .execute();
    expect(await bidx(id)).toEqual(await bidx(old));
    const held = await db
      .selectFrom('active_id_number')
      .select('household_id')
      .where(
        'id_number_bidx',
        'in',
        (await bidx(id)).map((b) => b.id_number_bidx),
      )
      .execute();
    expect(held.map((h) => h.household_id)).toEqual([id, id]);
    const member = await db
      .selectFrom('household_member')
      .select(['id_number_enc', 'phone_enc'])
      .where('household_id', '=', id)
      .where('relation', '=', 'SELF')
      .executeTakeFirstOrThrow();
    expect(f.services.crypto.decrypt(member.phone_enc!)).toBe('13812341234');

    const again = await failure(cw().reenter({ previousHouseholdId: old }));
    expect(again.domainCode).toBe('DUPLICATE_ID_NUMBER');
  });

  it('starts a change-report review on a filed file', async () => {
    const id = files[0]!;
    const v = (await statusOf(f, id)).version;
    const saved = await cw().reportChange({ householdId: id, expectedVersion: v, summary: '配偶重新就业' });
    expect(saved.version).toBe(v + 1);
    expect((await statusOf(f, id)).status).toBe('UNDER_REVIEW');
    const open = await f.handle.db
      .selectFrom('annual_review')
      .select(['reason', 'note'])
      .where('household_id', '=', id)
      .where('completed_at', 'is', null)
      .execute();
    expect(open).toEqual([{ reason: 'CHANGE_REPORT', note: '配偶重新就业' }]);
    const bijie = await failure(
      f.as('bijieCw').oversight.reportChange({ householdId: files[3]!, expectedVersion: 1, summary: 'x' }),
    );
    expect(bijie.domainCode).toBe('NOT_FOUND');
  });
});
