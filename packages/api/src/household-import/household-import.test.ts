import { driverTestTargets } from '@bangfu/db/testing';
import { computeCheckChar } from '@bangfu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from '../testing/errors';
import { createFixture, type Fixture, householdInput, makeIdNumber } from '../testing/fixture';
import {
  cleanSheet,
  freshIdNumber,
  householdCells,
  importCounts,
  importFile,
  memberCells,
} from '../testing/household-import-fixture';
import { importRegistry } from './import-registry';

const HROW = (i: number) => 2 + i; // household i (1-based) on sheet 户
const SELF_ROW = (i: number) => 1 + 2 * i; // its 本人 on sheet 成员
const SPOUSE_ROW = (i: number) => 2 + 2 * i;

function impossibleBirthId(): string {
  const first17 = '52030219800230123';
  return first17 + computeCheckChar(first17);
}

describe.each(driverTestTargets())('household import on $name', (target) => {
  let f: Fixture;
  let filedId: string;
  beforeAll(async () => {
    f = await createFixture(target);
    filedId = makeIdNumber('520302', '19700101', 'female');
    const input = householdInput(f.orgId('520302'));
    await f.as('zunyiCw').households.create({
      ...input,
      members: [input.members[0]!, { ...input.members[1]!, idNumber: filedId }],
    });
  });
  afterAll(() => f?.close());

  const run = async (base64: string) => {
    const { importId } = await f
      .as('zunyiCw')
      .householdImport.start({ fileName: 'x.xlsx', contentBase64: base64 });
    await importRegistry.settled(importId);
    return f.as('zunyiCw').householdImport.progress({ importId });
  };

  it('reports one problem per bad cell, with sheet, row and column, and imports nothing', async () => {
    const { households, members } = cleanSheet(22);
    const hh = (i: number) => households[i - 1]!;
    const self = (i: number) => members[2 * (i - 1)]!;
    const spouse = (i: number) => members[2 * (i - 1) + 1]!;
    const badId = spouse(1).idNumber as string;
    spouse(1).idNumber = badId.slice(0, 17) + (badId.endsWith('0') ? '1' : '0');
    spouse(2).idNumber = impossibleBirthId();
    hh(3).divisionCode = '520399';
    spouse(5).idNumber = spouse(4).idNumber ?? null;
    spouse(6).idNumber = filedId;
    hh(7).address = '';
    hh(8).housingType = '别墅';
    hh(9).otherAnnualIncomeYuan = '-100';
    self(10).monthlyIncomeYuan = '1500.123';
    hh(11).secondaryCauses = '下岗失业、子女上学、遭受意外事故、其他';
    self(12).relation = '配偶';
    spouse(13).relation = '本人';
    self(14).phone = '1381234';
    hh(15).postalCode = '56300';
    hh(16).orgCode = '520502';
    hh(17).orgCode = '529999';
    hh(18).address = '长'.repeat(201);
    hh(19).category = '深度困难';
    // Typed into Excel as a number, an ID loses its last digits.
    self(20).idNumber = Number('520302198001010013');
    hh(21).singleParent = '也许';
    members.push(...memberCells('H99').slice(0, 1));
    const before = await importCounts(f);
    const report = await f
      .as('zunyiCw')
      .householdImport.dryRun({ fileName: 'bad.xlsx', contentBase64: await importFile(households, members) });
    const cells = report.problems.map((p) => `${p.sheet}|${p.row}|${p.column}`);
    expect(cells).toEqual([
      `户|${HROW(3)}|户口所在地区划代码`,
      `户|${HROW(7)}|家庭住址`,
      `户|${HROW(8)}|住房类型`,
      `户|${HROW(9)}|家庭其他非薪资年收入(元)`,
      `户|${HROW(11)}|次要致困原因`,
      `户|${HROW(12)}|户序号`,
      `户|${HROW(15)}|邮政编码`,
      `户|${HROW(16)}|建档工会代码`,
      `户|${HROW(17)}|建档工会代码`,
      `户|${HROW(18)}|家庭住址`,
      `户|${HROW(19)}|困难类别`,
      `户|${HROW(21)}|是否单亲家庭`,
      `成员|${SPOUSE_ROW(1)}|身份证号`,
      `成员|${SPOUSE_ROW(2)}|身份证号`,
      `成员|${SPOUSE_ROW(5)}|身份证号`,
      `成员|${SPOUSE_ROW(6)}|身份证号`,
      `成员|${SELF_ROW(10)}|月收入(元)`,
      `成员|${SPOUSE_ROW(13)}|与户主关系`,
      `成员|${SELF_ROW(14)}|手机号码`,
      `成员|${SELF_ROW(20)}|身份证号`,
      `成员|${SELF_ROW(23)}|户序号`,
    ]);
    expect(report.problemCount).toBe(21);
    const text = (row: number, column: string) =>
      report.problems.find((p) => p.row === row && p.column === column)!.message.zh;
    expect(text(SPOUSE_ROW(1), '身份证号')).toBe(`成员表 第${SPOUSE_ROW(1)}行 身份证号：身份证号校验位错误`);
    expect(text(SPOUSE_ROW(2), '身份证号')).toContain('19800230 不是有效日期');
    expect(text(SPOUSE_ROW(5), '身份证号')).toContain(`与成员表第${SPOUSE_ROW(4)}行的身份证号重复`);
    // Against the province: only that it is on file, never where.
    expect(text(SPOUSE_ROW(6), '身份证号')).toMatch(/：该身份证号已在其他档案中$/);
    expect(text(HROW(9), '家庭其他非薪资年收入(元)')).toContain('不能为负');
    expect(text(SELF_ROW(10), '月收入(元)')).toContain('两位小数');
    expect(text(HROW(16), '建档工会代码')).toBe(
      `户表 第${HROW(16)}行 建档工会代码：工会代码“520502”不存在或不在您的管辖范围内`,
    );
    expect(text(SELF_ROW(20), '身份证号')).toContain('文本格式');
    expect(await importCounts(f)).toEqual(before);

    const failed = await run(await importFile(households, members));
    expect([failed.status, failed.report?.problemCount]).toEqual(['FAILED', 21]);
    expect(failed.report?.problems.map((p) => `${p.sheet}|${p.row}|${p.column}`)).toEqual(cells);
    const after = await importCounts(f);
    expect({ ...after, audit: before.audit }).toEqual(before);
    expect(after.audit).toBe(before.audit + 1); // the failed import's one event
  });

  it('reports an empty sheet and a missing sheet', async () => {
    const empty = await f
      .as('zunyiCw')
      .householdImport.dryRun({ fileName: 'e.xlsx', contentBase64: await importFile([], []) });
    expect(empty.problems.map((p) => [p.sheet, p.row, p.message.zh])).toEqual([
      ['户', null, '“户”表没有数据行'],
      ['成员', null, '“成员”表没有数据行'],
    ]);
    const bad = await failure(
      f.as('zunyiCw').householdImport.dryRun({
        fileName: 'x.xlsx',
        contentBase64: Buffer.from('not excel').toString('base64'),
      }),
    );
    expect(bad.domainCode).toBe('VALIDATION');
  });

  it('imports a clean file whole, as households.create writes it; the same file again is refused clearly', async () => {
    const { households, members } = cleanSheet(3, '520302-G01');
    const file = await importFile(households, members);
    const before = await importCounts(f);
    expect(
      (await f.as('zunyiCw').householdImport.dryRun({ fileName: 'ok.xlsx', contentBase64: file }))
        .problemCount,
    ).toBe(0);
    const done = await run(file);
    expect([done.status, done.households, done.members, done.sampleHouseholdIds.length]).toEqual([
      'DONE',
      3,
      6,
      3,
    ]);
    expect(await importCounts(f)).toEqual({
      households: before.households + 3,
      members: before.members + 6,
      activeIds: before.activeIds + 6,
      audit: before.audit + 1,
    });
    const h = await f.as('grassrootsCw').households.get({ id: done.sampleHouseholdIds[0]! });
    expect(h).toMatchObject({
      status: 'DRAFT',
      orgId: f.orgId('520302-G01'),
      category: 'DIBAO',
      secondaryCauses: ['CHILD_SCHOOLING', 'LAID_OFF'],
      otherAnnualIncomeFen: 120_050,
      monthlyIncomeFen: 150_050,
      industry: 'MANUFACTURING',
    });
    expect(h.members).toHaveLength(2);
    const { idNumber } = await f.as('zunyiCw').households.revealIdNumber({
      householdId: h.id,
      memberId: h.members[0]!.id,
      purpose: 'CASE_VERIFICATION',
    });
    expect(idNumber).toBe(members[0]!.idNumber);

    const again = await run(file);
    expect(again.status).toBe('FAILED');
    expect(again.report?.problems[0]).toMatchObject({ sheet: '文件', row: null });
    expect(again.report?.problems[0]?.message.zh).toContain('内容完全相同');
    expect(again.report?.problemCount).toBe(7);
  });

  it('reads a RUNNING import that no process owns as INTERRUPTED', async () => {
    const actor = f.actor('zunyiCw');
    const id = '0190a000-0000-7000-8000-000000000001';
    await f.handle.db
      .insertInto('household_import')
      .values({
        id,
        org_id: actor.orgId,
        org_path: actor.orgPath,
        actor_id: actor.userId,
        file_name: 'crash.xlsx',
        sha256: 'a'.repeat(64),
        file_bytes: 1,
        started_at: f.clock.now,
      })
      .execute();
    const p = await f.as('zunyiCw').householdImport.progress({ importId: id });
    expect([p.status, p.households]).toEqual(['INTERRUPTED', 0]);
    expect((await failure(f.as('bijieCw').householdImport.progress({ importId: id }))).domainCode).toBe(
      'NOT_FOUND',
    );
    expect((await f.as('zunyiCw').householdImport.list()).map((i) => i.importId)).toContain(id);
  });

  it('offers the template with 户, 成员 and 说明 sheets; volunteers may not import', async () => {
    const t = await f.as('zunyiCw').householdImport.template();
    expect(t.filename).toMatch(/\.xlsx$/);
    const parsed = await f
      .as('zunyiCw')
      .householdImport.dryRun({ fileName: 't.xlsx', contentBase64: t.contentBase64 });
    expect(parsed.problems.map((p) => p.sheet)).toEqual(['户', '成员']);
    expect((await failure(f.as('volunteer').householdImport.template())).domainCode).toBe('FORBIDDEN');
    const h = householdCells('Z1');
    const m = memberCells('Z1');
    m[0]!.idNumber = freshIdNumber();
    expect(
      (
        await failure(
          f.as('volunteer').householdImport.start({ fileName: 'x', contentBase64: await importFile([h], m) }),
        )
      ).domainCode,
    ).toBe('FORBIDDEN');
  });
});
