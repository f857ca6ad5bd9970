import { withTransaction } from '@bangfu/db';
import { driverTestTargets } from '@bangfu/db/testing';
import { parseYuanToFen } from '@bangfu/domain';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aidCounts, filedHousehold, freshKey, signedPlan } from '../testing/aid-fixture';
import { failure } from '../testing/errors';
import { createFixture, type Fixture } from '../testing/fixture';
import { recordPayment } from './record-payment';

const yuanCellToFen = (text: string): number =>
  text.startsWith('-')
    ? -(parseYuanToFen(text.slice(1)) ?? Number.NaN)
    : (parseYuanToFen(text) ?? Number.NaN);

describe.each(driverTestTargets())('aid ledger on $name', (target) => {
  let f: Fixture;
  let household: string;
  let measureId: string | null;
  beforeAll(async () => {
    f = await createFixture(target);
    household = await filedHousehold(f);
    measureId = (await signedPlan(f, household)).measureIds[0] ?? null;
  });
  afterAll(() => f?.close());

  const request = (idempotencyKey: string, amountFen = 30_000) =>
    f.as('zunyiCw').aid.payments.request({
      idempotencyKey,
      householdId: household,
      measureId,
      programme: 'LIVING',
      amountFen,
      fundingSource: 'UNION_FUNDS',
      note: '生活救助',
    });

  it('the same idempotency key twice is one request; another payload under it is refused', async () => {
    const key = freshKey();
    const first = await request(key);
    const before = await aidCounts(f);
    const again = await request(key);
    expect(again).toEqual({ ...first, duplicate: true });
    expect((await failure(request(key, 30_001))).domainCode).toBe('IDEMPOTENCY_MISMATCH');
    expect(await aidCounts(f)).toEqual(before);
  });

  it('two concurrent requests with one key write one request', async () => {
    const key = freshKey();
    const before = await aidCounts(f);
    const [a, b] = await Promise.all([request(key), request(key)]);
    expect(a.requestId).toBe(b.requestId);
    expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
    expect((await aidCounts(f)).aid_request).toBe(before.aid_request + 1);
  });

  it('recordPayment with one key pays once, also when two calls race', async () => {
    const key = freshKey();
    const input = {
      idempotencyKey: key,
      householdId: household,
      programme: 'FESTIVAL' as const,
      amountFen: 80_000,
      fundingSource: 'UNION_FUNDS' as const,
      paidOn: '2026-11-29',
      basis: { clause: '送温暖 [S23]' },
    };
    const pay = () =>
      withTransaction(f.services.db, (trx) => recordPayment(trx, f.context('fundOfficer'), input));
    const before = await aidCounts(f);
    const [a, b] = await Promise.all([pay(), pay()]);
    expect(a.entryId).toBe(b.entryId);
    expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
    expect((await pay()).duplicate).toBe(true);
    expect((await aidCounts(f)).aid_ledger_entry).toBe(before.aid_ledger_entry + 1);
    const entry = await f.handle.db
      .selectFrom('aid_ledger_entry')
      .select(['counts_as_income', 'programme'])
      .where('id', '=', a.entryId)
      .executeTakeFirstOrThrow();
    // 送温暖 condolence money is not income (brief §2.4).
    expect(entry).toEqual({ counts_as_income: false, programme: 'FESTIVAL' });
    const mismatch = await withTransaction(f.services.db, (trx) =>
      recordPayment(trx, f.context('fundOfficer'), { ...input, amountFen: 90_000 }),
    ).catch((e: unknown) => e);
    expect((mismatch as { code?: string }).code).toBe('IDEMPOTENCY_MISMATCH');
  });

  it('a recovery reverses exactly its payment; opening again finds nothing new', async () => {
    const id = await filedHousehold(f);
    const { measureIds } = await signedPlan(f, id);
    const req = await f.as('zunyiCw').aid.payments.request({
      idempotencyKey: freshKey(),
      householdId: id,
      measureId: measureIds[0] ?? null,
      programme: 'LIVING',
      amountFen: 123_456,
      fundingSource: 'LOCAL_FINANCE',
      note: '生活救助',
    });
    const { entryId } = await f
      .as('fundOfficer')
      .aid.payments.pay({ requestId: req.requestId, expectedVersion: 1 });
    const opened = await f
      .as('fundOfficer')
      .aid.recoveries.open({ householdId: id, reason: '收入核实有误', source: 'CORRECTION' });
    expect(opened).toEqual({ count: 1, totalFen: 123_456 });
    const [due] = await f.as('fundOfficer').aid.recoveries.list({ householdId: id });
    expect(due).toMatchObject({ paymentEntryId: entryId, amountFen: 123_456, status: 'DUE', version: 1 });
    expect(
      (
        await failure(
          f.as('fundOfficer').aid.recoveries.waive({ recoveryId: due!.id, expectedVersion: 1, reason: 'x' }),
        )
      ).code,
    ).toBe('FORBIDDEN');
    const settled = await f
      .as('fundOfficer')
      .aid.recoveries.settle({ recoveryId: due!.id, expectedVersion: 1, settledOn: '2026-11-30' });
    const back = await f.handle.db
      .selectFrom('aid_ledger_entry')
      .select([
        'kind',
        'amount_fen',
        'reverses_entry_id',
        'programme',
        'funding_source',
        'household_id',
        'request_id',
      ])
      .where('id', '=', settled.entryId)
      .executeTakeFirstOrThrow();
    expect(back).toEqual({
      kind: 'RECOVERY',
      amount_fen: -123_456,
      reverses_entry_id: entryId,
      programme: 'LIVING',
      funding_source: 'LOCAL_FINANCE',
      household_id: id,
      request_id: due!.id,
    });
    expect(
      await f
        .as('fundOfficer')
        .aid.recoveries.open({ householdId: id, reason: '再查', source: 'CORRECTION' }),
    ).toEqual({
      count: 0,
      totalFen: 0,
    });
    const settledTwice = await failure(
      f
        .as('fundOfficer')
        .aid.recoveries.settle({ recoveryId: due!.id, expectedVersion: 2, settledOn: '2026-11-30' }),
    );
    expect(settledTwice.domainCode).toBe('CONFLICT');
    const page = await f.as('auditor').aid.ledger.list({ householdId: id });
    expect(page.items.reduce((s, e) => s + e.amountFen, 0)).toBe(0);
  });

  it('an admin may waive a due recovery; the payment stays', async () => {
    const id = await filedHousehold(f);
    const { measureIds } = await signedPlan(f, id);
    const req = await f.as('zunyiCw').aid.payments.request({
      idempotencyKey: freshKey(),
      householdId: id,
      measureId: measureIds[0] ?? null,
      programme: 'LIVING',
      amountFen: 10_000,
      fundingSource: 'UNION_FUNDS',
      note: '生活救助',
    });
    await f.as('fundOfficer').aid.payments.pay({ requestId: req.requestId, expectedVersion: 1 });
    await f.as('admin').aid.recoveries.open({ householdId: id, reason: '抽查', source: 'CORRECTION' });
    const [due] = await f.as('admin').aid.recoveries.list({ householdId: id, status: 'DUE' });
    const before = (await aidCounts(f)).aid_ledger_entry;
    expect(
      await f
        .as('admin')
        .aid.recoveries.waive({ recoveryId: due!.id, expectedVersion: 1, reason: '职工已去世,无法追回' }),
    ).toEqual({
      recoveryId: due!.id,
      version: 2,
    });
    expect((await aidCounts(f)).aid_ledger_entry).toBe(before);
  });

  it('the ledger is append-only: UPDATE and DELETE raise', async () => {
    const [entry] = (await f.as('auditor').aid.ledger.list({ householdId: household })).items;
    const db = f.handle.db;
    await expect(
      sql`update aid_ledger_entry set amount_fen = 1 where id = ${entry!.id}`.execute(db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from aid_ledger_entry where id = ${entry!.id}`.execute(db)).rejects.toThrow(
      /append-only/,
    );
    const after = await db
      .selectFrom('aid_ledger_entry')
      .select('amount_fen')
      .where('id', '=', entry!.id)
      .executeTakeFirstOrThrow();
    expect(after.amount_fen).toBe(entry!.amountFen);
  });

  it('exports the 台账: one row per entry, zh headers, totals that match the balances', async () => {
    const orgId = f.orgId('520302');
    const balances = await f.as('auditor').aid.ledger.balances({ orgId, year: 2026 });
    const entries = await f.as('auditor').aid.ledger.list({ orgId, year: 2026, limit: 500 });
    expect(entries.items.length).toBeGreaterThan(3);
    const auditBefore = (await aidCounts(f)).audit_event;
    const file = await f.as('auditor').aid.ledger.exportXlsx({ orgId, year: 2026 });
    expect(file.rows).toBe(entries.items.length);
    expect([file.paidFen, file.recoveredFen, file.netFen]).toEqual([
      balances.total.paidFen,
      balances.total.recoveredFen,
      balances.total.netFen,
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.contentBase64, 'base64') as never);
    const sheet = book.getWorksheet('台账')!;
    expect(sheet.rowCount).toBe(entries.items.length + 2);
    expect(sheet.getRow(1).getCell(8).text).toBe('金额(元)');
    let sum = 0;
    for (let r = 2; r <= entries.items.length + 1; r++) sum += yuanCellToFen(sheet.getRow(r).getCell(8).text);
    expect(sum).toBe(balances.total.netFen);
    const totalRow = sheet.getRow(entries.items.length + 2);
    expect([totalRow.getCell(1).text, yuanCellToFen(totalRow.getCell(8).text)]).toEqual([
      '合计',
      balances.total.netFen,
    ]);
    expect(sheet.getRow(2).getCell(4).text).toContain('*');
    expect((await aidCounts(f)).audit_event).toBe(auditBefore + 1);
    const fundOfficerExport = await f
      .as('volunteer')
      .aid.ledger.exportXlsx({ orgId, year: 2026 })
      .catch((e) => e);
    expect(fundOfficerExport.code).toBe('FORBIDDEN');
  });

  it('filters the list by funding source on the server, matching the balance of that source', async () => {
    const central = await f.as('zunyiCw').aid.payments.request({
      idempotencyKey: freshKey(),
      householdId: household,
      measureId,
      programme: 'LIVING',
      amountFen: 12_345,
      fundingSource: 'CENTRAL_SPECIAL',
      note: '中央专项生活救助',
    });
    await f.as('fundOfficer').aid.payments.pay({ requestId: central.requestId, expectedVersion: 1 });
    const orgId = f.orgId('520302');
    const balances = await f.as('auditor').aid.ledger.balances({ orgId, year: 2026 });
    for (const source of ['CENTRAL_SPECIAL', 'UNION_FUNDS'] as const) {
      const page = await f
        .as('auditor')
        .aid.ledger.list({ orgId, year: 2026, fundingSource: source, limit: 500 });
      expect(page.items.length).toBeGreaterThan(0);
      expect(new Set(page.items.map((e) => e.fundingSource))).toEqual(new Set([source]));
      const net = page.items.reduce((sum, e) => sum + e.amountFen, 0);
      expect(net).toBe(balances.byFundingSource.find((b) => b.fundingSource === source)?.netFen);
    }
    const none = await f.as('auditor').aid.ledger.list({ orgId, year: 2026, fundingSource: 'DONATIONS' });
    expect(none.items).toEqual([]);
  });
});
