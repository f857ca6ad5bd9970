import { driverTestTargets } from '@bangfu/db/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from '../testing/errors';
import { createFixture, type Fixture, householdInput } from '../testing/fixture';

async function sheetRows(base64: string, name: string): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(base64, 'base64') as never);
  const rows: string[][] = [];
  book.getWorksheet(name)!.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
  });
  return rows;
}

describe.each(driverTestTargets())('roster export on $name', (target) => {
  let f: Fixture;
  let selfId: string;
  beforeAll(async () => {
    f = await createFixture(target);
    const input = householdInput(f.orgId('520302'));
    selfId = input.members[0]!.idNumber!;
    await f.as('zunyiCw').households.create(input);
    await f
      .as('zunyiCw')
      .households.create(householdInput(f.orgId('520302-G01'), { category: 'DIBAO_EDGE' }));
    await f.as('bijieCw').households.create({ ...householdInput(f.orgId('520502')), divisionCode: '520502' });
  });
  afterAll(() => f?.close());

  const exports = () =>
    f.handle.db
      .selectFrom('audit_event')
      .select(['actor_id', 'after', 'purpose'])
      .where('action', '=', 'household.export')
      .orderBy('seq')
      .execute();

  it('masks ID numbers, phones and bank accounts by default, within the caller’s scope; audited', async () => {
    const out = await f.as('hhgReviewer').householdImport.exportRoster({});
    expect([out.households, out.members, out.unmasked]).toEqual([2, 4, { ids: false, bank: false }]);
    const members = await sheetRows(out.contentBase64, '成员');
    expect(members[0]).toContain('身份证号');
    const idCol = members[0]!.indexOf('身份证号');
    const phoneCol = members[0]!.indexOf('手机号码');
    // UUIDv7 ids made in one millisecond may sort either way: look the row up, not its position.
    const ids = members.slice(1).map((r) => r[idCol]);
    expect(ids).toContain(`${selfId.slice(0, 6)}********${selfId.slice(-4)}`);
    expect(ids.every((id) => /^\d{6}\*{8}[\dX]{4}$/.test(id ?? ''))).toBe(true);
    expect(members.slice(1).map((r) => r[phoneCol])).toContain('*******1234');
    const households = await sheetRows(out.contentBase64, '户');
    expect(households[1]![households[0]!.indexOf('银行卡号')]).toBe('**** **** **** 3445');
    expect(households.flat().join()).not.toContain('6222020200112233445');
    const audit = (await exports()).at(-1)!;
    expect(audit.after).toMatchObject({
      households: 2,
      members: 4,
      unmasked: { idNumber: false, phone: false, bankAccount: false },
    });
  });

  it('filters by category and union; another county’s union reads as not found', async () => {
    const edge = await f.as('zunyiCw').householdImport.exportRoster({ category: 'DIBAO_EDGE' });
    expect(edge.households).toBe(1);
    const g01 = await f.as('zunyiCw').householdImport.exportRoster({ orgId: f.orgId('520302-G01') });
    expect(g01.households).toBe(1);
    const before = (await exports()).length;
    const err = await failure(f.as('zunyiCw').householdImport.exportRoster({ orgId: f.orgId('520502') }));
    expect(err.domainCode).toBe('NOT_FOUND');
    expect((await exports()).length).toBe(before);
  });

  it('unmasks for a role that may, with a purpose, and logs it; refuses a role that may not', async () => {
    const out = await f
      .as('zunyiCw')
      .householdImport.exportRoster({ reveal: true, purpose: 'CASE_VERIFICATION' });
    expect(out.unmasked).toEqual({ ids: true, bank: false });
    const members = await sheetRows(out.contentBase64, '成员');
    expect(members.map((r) => r[members[0]!.indexOf('身份证号')])).toContain(selfId);
    expect(members.map((r) => r[members[0]!.indexOf('手机号码')])).toContain('13812341234');
    const audit = (await exports()).at(-1)!;
    expect([audit.actor_id, audit.purpose]).toEqual([f.actor('zunyiCw').userId, 'CASE_VERIFICATION']);
    expect(audit.after).toMatchObject({ unmasked: { idNumber: true, phone: true, bankAccount: false } });

    const bank = await f.as('fundOfficer').householdImport.exportRoster({ reveal: true, purpose: 'PAYMENT' });
    expect(bank.unmasked).toEqual({ ids: false, bank: true });
    const hh = await sheetRows(bank.contentBase64, '户');
    expect(hh.map((r) => r[hh[0]!.indexOf('银行卡号')])).toContain('6222020200112233445');

    const before = (await exports()).length;
    expect((await failure(f.as('zunyiCw').householdImport.exportRoster({ reveal: true }))).domainCode).toBe(
      'VALIDATION',
    );
    expect((await failure(f.as('volunteer').householdImport.exportRoster({}))).domainCode).toBe('FORBIDDEN');
    expect((await exports()).length).toBe(before);
  });
});
