import {
  computeCheckChar,
  HOUSEHOLD_IMPORT_HOUSEHOLD_COLUMNS,
  HOUSEHOLD_IMPORT_MEMBER_COLUMNS,
  type HouseholdImportCell,
  householdImportHeader,
} from '@bangfu/domain';
import ExcelJS from 'exceljs';

/** Addresses of bench households start with this, so the COPY baseline can find them. */
export const BENCH_ADDRESS_PREFIX = '基准导入';

/**
 * ID numbers under an address code the province seed does not use (650102, 乌鲁木齐天山区: a
 * migrant worker's code is a warning, never a rejection), unique per index.
 */
function idNumber(k: number): string {
  const birth = new Date(Date.UTC(1955, 0, 1) + Math.floor(k / 900) * 86_400_000);
  const first17 = `650102${birth.toISOString().slice(0, 10).replaceAll('-', '')}${100 + (k % 900)}`;
  return first17 + computeCheckChar(first17);
}

type Row = Record<string, HouseholdImportCell>;

function household(i: number, orgCode: string, division: string): Row {
  return {
    householdKey: String(i),
    orgCode,
    divisionCode: division,
    address: `${BENCH_ADDRESS_PREFIX}${i}号`,
    postalCode: '563000',
    housingType: i % 3 === 0 ? '自购房' : '租房',
    areaBand: '20–50㎡',
    standardVersion: '2020版(常态化帮扶)',
    category: i % 5 === 0 ? '深度困难' : '相对困难',
    mainCause: '患重特大疾病',
    secondaryCauses: '子女上学',
    otherAnnualIncomeYuan: '1200.50',
    unionMember: '是',
    employerName: '遵义某机械厂',
    industry: '制造业',
    singleParent: '否',
    zeroEmployment: '否',
    selfHelpCapacity: '是',
    bankName: '中国工商银行',
    bankAccount: `62220202${String(i).padStart(11, '0')}`,
  };
}

/** 本人, a spouse, and a child in every other household: 2.5 people per household on average. */
function members(i: number, firstId: number): Row[] {
  const base = { householdKey: String(i), schoolStage: '不在学', monthlyIncomeYuan: '0' };
  const rows: Row[] = [
    {
      ...base,
      name: '张建国',
      relation: '本人',
      idNumber: idNumber(firstId),
      health: '良好',
      workStatus: '在岗',
      monthlyIncomeYuan: '1500.50',
      medicalInsurance: '职工医保',
      phone: '13812341234',
    },
    {
      ...base,
      name: '李秀英',
      relation: '配偶',
      idNumber: idNumber(firstId + 1),
      health: '糖尿病',
      workStatus: '失(无)业',
      medicalInsurance: '城乡居民医保',
    },
  ];
  if (i % 2 === 0) {
    rows.push({
      ...base,
      name: '张小明',
      relation: '子女',
      idNumber: idNumber(firstId + 2),
      health: '良好',
      workStatus: '在校学生',
      schoolStage: '初中',
      medicalInsurance: '城乡居民医保',
    });
  }
  return rows;
}

/**
 * One import file of `count` households (numbered from `from`) in the template's layout, built
 * outside the timed section. `nextId` is the first unused ID-number index; the result says the next.
 */
export async function benchImportFile(
  from: number,
  count: number,
  target: { orgCode: string; division: string },
  nextId: number,
): Promise<{ content: Buffer; members: number; nextId: number }> {
  const book = new ExcelJS.Workbook();
  const hs = book.addWorksheet('户');
  const ms = book.addWorksheet('成员');
  hs.addRow(HOUSEHOLD_IMPORT_HOUSEHOLD_COLUMNS.map(householdImportHeader));
  ms.addRow(HOUSEHOLD_IMPORT_MEMBER_COLUMNS.map(householdImportHeader));
  let id = nextId;
  let memberCount = 0;
  for (let i = from; i < from + count; i++) {
    const h = household(i, target.orgCode, target.division);
    hs.addRow(HOUSEHOLD_IMPORT_HOUSEHOLD_COLUMNS.map((c) => h[c.key] ?? null));
    const rows = members(i, id);
    id += rows.length;
    memberCount += rows.length;
    for (const m of rows) ms.addRow(HOUSEHOLD_IMPORT_MEMBER_COLUMNS.map((c) => m[c.key] ?? null));
  }
  return { content: Buffer.from(await book.xlsx.writeBuffer()), members: memberCount, nextId: id };
}
