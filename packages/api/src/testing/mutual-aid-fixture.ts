import { newId } from '@bangfu/db';
import { DEMO_SCHEMES, type EnrolInput, type MutualAidScheme } from '@bangfu/domain';
import ExcelJS from 'exceljs';
import { filedHousehold } from './aid-fixture';
import { type Fixture, householdInput, makeIdNumber } from './fixture';

/** 六盘水/钟山区 and 铜仁/思南县, each with a grassroots union: the regions of the article's schemes. */
const EXTRA_ORGS = [
  { code: '520200', name: '六盘水市总工会', kind: 'PREFECTURE', parent: '520000' },
  { code: '520201', name: '钟山区总工会', kind: 'COUNTY', parent: '520200' },
  { code: '520201-G01', name: '钟山区荷城社区工会', kind: 'GRASSROOTS_COMMUNITY', parent: '520201' },
  { code: '520600', name: '铜仁市总工会', kind: 'PREFECTURE', parent: '520000' },
  { code: '520624', name: '思南县总工会', kind: 'COUNTY', parent: '520600' },
  { code: '520624-G01', name: '思南县城区社区工会', kind: 'GRASSROOTS_COMMUNITY', parent: '520624' },
] as const;
export type ExtraOrg = (typeof EXTRA_ORGS)[number]['code'];

/** Adds the extra orgs to a fixture; returns their ids by code. */
export async function addMutualAidOrgs(f: Fixture): Promise<Record<ExtraOrg, string>> {
  const ids = {} as Record<ExtraOrg, string>;
  const paths = new Map<string, string>();
  for (const o of EXTRA_ORGS) {
    const parent = await f.handle.db
      .selectFrom('org_unit')
      .select(['id', 'path'])
      .where('code', '=', o.parent)
      .executeTakeFirstOrThrow();
    const id = newId();
    const path = `${paths.get(o.parent) ?? parent.path}${o.code}/`;
    paths.set(o.code, path);
    await f.handle.db
      .insertInto('org_unit')
      .values({
        id,
        code: o.code,
        name: o.name,
        name_en: o.code,
        kind: o.kind,
        division_code: o.code.slice(0, 6),
        parent_id: parent.id,
        path,
        hotline: null,
      })
      .execute();
    ids[o.code] = id;
  }
  return ids;
}

/** A demo scheme moved to `termYear` (plans start on 1 January), so the fixture's clock is inside it. */
export function demoScheme(code: string, termYear = 2026): MutualAidScheme {
  const scheme = DEMO_SCHEMES.find((s) => s.code === code);
  if (!scheme) throw new Error(`no demo scheme ${code}`);
  return {
    ...scheme,
    termYear,
    plans: scheme.plans.map((p) => ({
      ...p,
      fixedStartDate: p.fixedStartDate ? `${termYear}-01-01` : undefined,
    })),
  };
}

/** Publishes a demo scheme for 2026 as the fund officer; returns its id. */
export async function publishDemo(f: Fixture, code: string): Promise<string> {
  return (await f.as('fundOfficer').mutualAid.schemes.publish({ body: demoScheme(code) })).id;
}

export async function createUnit(
  f: Fixture,
  orgId: string,
  divisionCode: string,
  staffCount = 50,
): Promise<string> {
  const unit = await f
    .as('admin')
    .mutualAid.units.create({ orgId, name: `测试单位${divisionCode}`, divisionCode, staffCount });
  return unit.id;
}

export function member(overrides: Partial<EnrolInput['member']> = {}): EnrolInput['member'] {
  return {
    name: '王小红',
    idNumber: makeIdNumber('520201', '19850505', 'female'),
    inService: true,
    unionMember: true,
    ...overrides,
  };
}

/** A FILED (DIBAO) household in 红花岗区 whose SELF member has `idNumber`: a hardship worker. */
export async function filedHardshipWorker(f: Fixture, idNumber: string): Promise<string> {
  const base = householdInput(f.orgId('520302'));
  const members = base.members.map((m, i) => ({
    ...m,
    idNumber: i === 0 ? idNumber : makeIdNumber('520302', '19820315', 'female'),
  }));
  return filedHousehold(f, { overrides: { members } });
}

const COUNTED_TABLES = [
  'ma_scheme',
  'ma_unit',
  'ma_member',
  'ma_enrolment',
  'ma_contribution',
  'ma_payer_payment',
  'pharmacy_account',
  'pharmacy_txn',
  'audit_event',
] as const;

/** Row counts of every mutual-aid table, to show a refused request changed nothing. */
export async function mutualAidCounts(f: Fixture): Promise<Record<(typeof COUNTED_TABLES)[number], number>> {
  const counts = {} as Record<(typeof COUNTED_TABLES)[number], number>;
  for (const t of COUNTED_TABLES) {
    const row = await f.handle.db
      .selectFrom(t)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    counts[t] = Number(row.n);
  }
  return counts;
}

/** An enrolment workbook: the five headers, then `rows` as text cells. */
export async function enrolmentSheet(rows: string[][]): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('参加人员');
  sheet.addRow(['姓名', '身份证号', '在职', '会员', '参加计划']);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}
