import { driverTestTargets } from '@bangfu/db/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture, makeIdNumber } from '../testing/fixture';
import { createUnit, enrolmentSheet, mutualAidCounts, publishDemo } from '../testing/mutual-aid-fixture';

describe.each(driverTestTargets())('enrolment import from Excel on $name', (target) => {
  let f: Fixture;
  let base: { schemeId: string; unitId: string; termYear: number };
  beforeAll(async () => {
    f = await createFixture(target);
    const schemeId = await publishDemo(f, 'ZUNYI-FIVE-PLANS');
    base = { schemeId, unitId: await createUnit(f, f.orgId('520302-G01'), '520302', 3), termYear: 2026 };
  });
  afterAll(() => f?.close());

  const cw = () => f.as('zunyiCw').mutualAid;
  const women = () => [1, 2, 3].map(() => makeIdNumber('520302', '19880303', 'female'));

  it('reports each bad row by row and column, and neither a dry run nor a real run writes anything', async () => {
    const [a, b, c] = women();
    const file = await enrolmentSheet([
      ['李梅', a!, '是', '是', '在职职工意外伤害互助保障计划、critical'],
      ['', '520302198001010010', '也许', '是', 'ACCIDENT'],
      ['赵兰', b!, '是', '否', 'INPATIENT, daily'],
      ['钱芳', c!, '是', '是', 'NO-SUCH-PLAN'],
      ['李梅', a!, '是', '是', 'DAILY'],
    ]);
    const before = await mutualAidCounts(f);
    const dry = await cw().importEnrolments({ ...base, fileBase64: file, dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, written: false, rowCount: 5, errorRowCount: 4 });
    const byRow = new Map(dry.rows.map((r) => [r.row, r]));
    expect(byRow.get(2)).toMatchObject({ ok: true, errors: [] });
    expect(byRow.get(3)?.errors.map((e) => e.column)).toEqual(['姓名', '身份证号', '在职']);
    expect(byRow.get(3)?.errors[1]?.message.zh).toContain('校验位');
    // Row 4: not a union member (plans need membership) and two exclusive plans.
    expect(byRow.get(4)?.errors.every((e) => e.column === '参加计划')).toBe(true);
    expect(
      byRow
        .get(4)
        ?.errors.map((e) => e.message.en)
        .join(' '),
    ).toMatch(/exclude each other/);
    expect(byRow.get(5)?.errors).toEqual([
      {
        column: '参加计划',
        message: { zh: '方案中没有计划“NO-SUCH-PLAN”', en: 'No plan "NO-SUCH-PLAN" in this scheme' },
      },
    ]);
    expect(byRow.get(6)?.errors[0]).toMatchObject({
      column: '身份证号',
      message: { en: 'Same person as row 2' },
    });
    expect(await mutualAidCounts(f)).toEqual(before);

    const real = await cw().importEnrolments({ ...base, fileBase64: file, dryRun: false });
    expect(real).toEqual({ ...dry, dryRun: false });
    expect(await mutualAidCounts(f)).toEqual(before);
  });

  it('imports a clean file whole: every row, in one go, with the group plan filled', async () => {
    const ids = women();
    const file = await enrolmentSheet(
      ids.map((id, i) => [`职工${i + 1}`, id, '是', '是', 'FEMALE、ACCIDENT']),
    );
    const before = await mutualAidCounts(f);
    const dry = await cw().importEnrolments({ ...base, fileBase64: file, dryRun: true });
    expect(dry).toMatchObject({ written: false, errorRowCount: 0, enrolmentCount: 6 });
    expect(await mutualAidCounts(f)).toEqual(before);

    const real = await cw().importEnrolments({ ...base, fileBase64: file, dryRun: false });
    expect(real).toMatchObject({ written: true, rowCount: 3, errorRowCount: 0, enrolmentCount: 6 });
    const after = await mutualAidCounts(f);
    expect(after.ma_enrolment - before.ma_enrolment).toBe(6);
    expect(after.ma_member - before.ma_member).toBe(3);
    expect(after.audit_event - before.audit_event).toBe(1);
    const listed = await cw().enrolments.list({ unitId: base.unitId });
    expect(listed.items.filter((e) => e.planCode === 'FEMALE')).toHaveLength(3);
  });

  it('serves a template whose example row is skipped, so importing it as is reports no rows', async () => {
    const file = await cw().enrolmentTemplateXlsx({ schemeId: base.schemeId });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.contentBase64, 'base64') as never);
    const headers = ((book.worksheets[0]?.getRow(1).values ?? []) as string[]).filter(Boolean);
    expect(headers.map((h) => h.split(' ')[0])).toEqual(['姓名', '身份证号', '在职', '会员', '参加计划']);
    expect(book.getWorksheet('可选计划')?.rowCount).toBe(6);
    const report = await cw().importEnrolments({ ...base, fileBase64: file.contentBase64, dryRun: false });
    expect(report).toMatchObject({ written: false, rowCount: 0, errorRowCount: 1 });
  });

  it('refuses a file that is not a workbook, and an out-of-scope unit reads as not found', async () => {
    const before = await mutualAidCounts(f);
    await expect(
      cw().importEnrolments({ ...base, fileBase64: 'bm90IGEgd29ya2Jvb2s=', dryRun: true }),
    ).rejects.toThrow(/Excel/);
    const file = await enrolmentSheet([['李梅', makeIdNumber(), '是', '是', 'ACCIDENT']]);
    await expect(
      f.as('bijieCw').mutualAid.importEnrolments({ ...base, fileBase64: file, dryRun: false }),
    ).rejects.toThrow(/Unit not found/);
    expect(await mutualAidCounts(f)).toEqual(before);
  });
});
