import { driverTestTargets } from '@bangfu/db/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from '../testing/errors';
import {
  campaignInput,
  festivalCounts,
  fileHousehold,
  ledgerByHousehold,
  listedCampaign,
  staffContext,
} from '../testing/festival-fixture';
import { createFixture, type Fixture } from '../testing/fixture';
import { festivalRunSettled } from './festival-runs';
import { festivalPaymentKey } from './pay-chunk';
import { runFestivalBatch } from './run-festival-batch';

describe.each(driverTestTargets())('festival batch payment on $name', (target) => {
  let f: Fixture;
  const households: string[] = [];
  let campaignId: string;
  let version: number;
  beforeAll(async () => {
    f = await createFixture(target);
    for (const category of ['DEEP', 'DEEP', 'DEEP', 'RELATIVE', 'RELATIVE'] as const) {
      households.push(await fileHousehold(f, { category, name: '张建国' }));
    }
    ({ id: campaignId, version } = await listedCampaign(f));
  });
  afterAll(() => f?.close());

  it('pays only an approved list, and only as a fund officer', async () => {
    const before = await festivalCounts(f);
    expect((await failure(f.as('fundOfficer').festival.pay({ campaignId }))).domainCode).toBe(
      'STEP_OUT_OF_ORDER',
    );
    expect((await failure(f.as('zunyiCw').festival.pay({ campaignId }))).code).toBe('FORBIDDEN');
    expect(await festivalCounts(f)).toEqual(before);
    await f.as('hhgReviewer').festival.approve({ campaignId, expectedVersion: version });
  });

  it('a batch killed after its first chunk resumes and pays every household exactly once', async () => {
    const crash = runFestivalBatch(staffContext(f, 'fundOfficer'), campaignId, {
      chunkSize: 2,
      onChunk: (_p, chunk) => {
        if (chunk === 1) throw new Error('process killed');
      },
    });
    await expect(crash).rejects.toThrow('process killed');
    const halfway = await f.as('fundOfficer').festival.progress({ campaignId });
    expect(halfway).toMatchObject({ status: 'PAYING', total: 5, paid: 2, totalFen: 800_000 });
    expect(halfway.lastError).toContain('process killed');
    expect([...(await ledgerByHousehold(f, campaignId)).values()].flat()).toHaveLength(2);

    // festival.pay returns at once; the rest of the batch runs in the background.
    const started = await f.as('fundOfficer').festival.pay({ campaignId });
    expect(['PAYING', 'PAID']).toContain(started.status);
    await festivalRunSettled(campaignId);
    const done = await f.as('fundOfficer').festival.progress({ campaignId });
    expect(done).toEqual({
      status: 'PAID',
      total: 5,
      totalFen: 800_000,
      paid: 5,
      paidFen: 800_000,
      lastError: null,
    });
    const ledger = await ledgerByHousehold(f, campaignId);
    expect([...ledger.keys()].sort()).toEqual([...households].sort());
    for (const amounts of ledger.values()) expect(amounts).toHaveLength(1);
    expect([...ledger.values()].flat().reduce((a, b) => a + b, 0)).toBe(800_000);
  });

  it('marks each item PAID with its ledger entry under the key festival:<campaign>:<household>', async () => {
    const items = await f.handle.db
      .selectFrom('festival_item as i')
      .innerJoin('aid_payment_key as k', 'k.entry_id', 'i.ledger_entry_id')
      .innerJoin('aid_ledger_entry as e', 'e.id', 'i.ledger_entry_id')
      .select([
        'i.status',
        'i.household_id',
        'k.idempotency_key',
        'e.programme',
        'e.counts_as_income',
        'e.approver_id',
      ])
      .where('i.campaign_id', '=', campaignId)
      .execute();
    expect(items).toHaveLength(5);
    for (const i of items) {
      expect(i).toMatchObject({
        status: 'PAID',
        idempotency_key: festivalPaymentKey(campaignId, i.household_id),
        programme: 'FESTIVAL',
        counts_as_income: false,
        approver_id: f.actor('hhgReviewer').userId,
      });
    }
  });

  it('paying a paid campaign again writes nothing', async () => {
    const before = await festivalCounts(f);
    expect((await f.as('admin').festival.pay({ campaignId })).status).toBe('PAID');
    expect(await festivalCounts(f)).toEqual(before);
  });

  it('exports the list with masked names and yuan amounts, and logs the export', async () => {
    const file = await f.as('auditor').festival.exportXlsx({ campaignId });
    expect(file.rows).toBe(5);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.contentBase64, 'base64') as never);
    const rows = book.worksheets[0]!.getSheetValues().slice(2) as unknown[][];
    expect(rows.map((r) => r.slice(2, 6))).toContainEqual(['张*国', '深度困难', '2,000.00', '已发放']);
    expect(JSON.stringify(rows)).not.toContain('张建国');
    const logged = await f.handle.db
      .selectFrom('audit_event')
      .select('actor_id')
      .where('action', '=', 'festival.export')
      .where('entity_id', '=', campaignId)
      .execute();
    expect(logged.map((l) => l.actor_id)).toEqual([f.actor('auditor').userId]);
  });

  it('two concurrent pay calls run one batch and pay each household once', async () => {
    const second = await listedCampaign(f, {
      festival: 'NEW_YEAR',
      name: campaignInput(f).name.replace('春节', '元旦'),
    });
    await f.as('hhgReviewer').festival.approve({ campaignId: second.id, expectedVersion: second.version });
    const calls = await Promise.all([
      f.as('fundOfficer').festival.pay({ campaignId: second.id }),
      f.as('admin').festival.pay({ campaignId: second.id }),
    ]);
    for (const c of calls) expect(['PAYING', 'PAID']).toContain(c.status);
    await festivalRunSettled(second.id);
    expect(await f.as('fundOfficer').festival.progress({ campaignId: second.id })).toMatchObject({
      status: 'PAID',
      paid: 5,
      paidFen: 800_000,
      lastError: null,
    });
    const ledger = await ledgerByHousehold(f, second.id);
    expect([...ledger.keys()].sort()).toEqual([...households].sort());
    for (const amounts of ledger.values()) expect(amounts).toHaveLength(1);
    // A second batch would have found the campaign PAID and stopped with an error.
    const actions = await f.handle.db
      .selectFrom('audit_event')
      .select('action')
      .where('entity_id', '=', second.id)
      .where('action', 'like', 'festival.pay.%')
      .execute();
    const count = (a: string) => actions.filter((r) => r.action === a).length;
    expect([
      count('festival.pay.start'),
      count('festival.pay.complete'),
      count('festival.pay.stopped'),
    ]).toEqual([1, 1, 0]);
  });
});
