import {
  computeCheckChar,
  HOUSEHOLD_IMPORT_HOUSEHOLD_COLUMNS,
  HOUSEHOLD_IMPORT_MEMBER_COLUMNS,
  type HouseholdImportCell,
} from '@bangfu/domain';
import { buildTemplateWorkbook } from '../household-import/template-xlsx';
import type { Fixture } from './fixture';

export type ImportCells = Record<string, HouseholdImportCell>;

let issued = 0;
/** A valid ID number never issued before in this process (birth dates from 1960, sequence 100–999). */
export function freshIdNumber(county = '520302'): string {
  const k = issued++;
  const birth = new Date(Date.UTC(1960, 0, 1) + Math.floor(k / 900) * 86_400_000);
  const ymd = birth.toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `${county}${ymd}${100 + (k % 900)}`;
  return first17 + computeCheckChar(first17);
}

/** A valid 户 row for household `key` of union `orgCode`. */
export function householdCells(key: string, orgCode = '520302', over: ImportCells = {}): ImportCells {
  return {
    householdKey: key,
    orgCode,
    divisionCode: '520302',
    address: `遵义市红花岗区中华路${key}号`,
    postalCode: '563000',
    housingType: '租房',
    areaBand: '20–50㎡',
    standardVersion: '2016版(解困脱困)',
    category: '低保户',
    mainCause: '患重特大疾病',
    secondaryCauses: '子女上学、下岗失业',
    otherAnnualIncomeYuan: '1,200.50',
    unionMember: '是',
    unionCardNo: null,
    employerName: '遵义某机械厂',
    industry: '制造业',
    singleParent: '否',
    zeroEmployment: '否',
    selfHelpCapacity: '是',
    bankName: '中国工商银行',
    bankBranch: '遵义分行',
    bankAccount: '6222020200112233445',
    ...over,
  };
}

/** The worker (本人) and a spouse of household `key`, with fresh ID numbers. */
export function memberCells(key: string, over: [ImportCells?, ImportCells?] = []): ImportCells[] {
  return [
    {
      householdKey: key,
      name: '张建国',
      relation: '本人',
      idNumber: freshIdNumber(),
      ethnicity: '汉族',
      health: '良好',
      workStatus: '在岗',
      monthlyIncomeYuan: 1500.5,
      schoolStage: '不在学',
      medicalInsurance: '职工医保',
      phone: '13812341234',
      ...over[0],
    },
    {
      householdKey: key,
      name: '李秀英',
      relation: '配偶',
      idNumber: freshIdNumber(),
      health: '恶性肿瘤/癌症',
      disabilityKind: '肢体',
      disabilityGrade: '三级(中度)',
      workStatus: '失(无)业',
      monthlyIncomeYuan: '0',
      schoolStage: '不在学',
      medicalInsurance: '城乡居民医保',
      ...over[1],
    },
  ];
}

/** A workbook in the template's layout (header, hidden code row, data from row 3), as base64. */
export async function importFile(households: ImportCells[], members: ImportCells[]): Promise<string> {
  const book = buildTemplateWorkbook();
  const fill = (name: string, keys: readonly { key: string }[], rows: ImportCells[]) => {
    const sheet = book.getWorksheet(name)!;
    for (const r of rows) sheet.addRow(keys.map((c) => r[c.key] ?? null));
  };
  fill('户', HOUSEHOLD_IMPORT_HOUSEHOLD_COLUMNS, households);
  fill('成员', HOUSEHOLD_IMPORT_MEMBER_COLUMNS, members);
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

/** `n` clean households (2 members each) of union `orgCode`. */
export function cleanSheet(n: number, orgCode = '520302', prefix = 'H') {
  const households: ImportCells[] = [];
  const members: ImportCells[] = [];
  for (let i = 1; i <= n; i++) {
    households.push(householdCells(`${prefix}${i}`, orgCode));
    members.push(...memberCells(`${prefix}${i}`));
  }
  return { households, members };
}

/** Row counts of every table an import writes to. */
export async function importCounts(f: Fixture) {
  const count = async (table: 'household' | 'household_member' | 'active_id_number' | 'audit_event') =>
    Number(
      (
        await f.handle.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    households: await count('household'),
    members: await count('household_member'),
    activeIds: await count('active_id_number'),
    audit: await count('audit_event'),
  };
}
