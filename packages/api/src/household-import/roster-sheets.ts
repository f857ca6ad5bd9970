import type { Database, FieldCrypto } from '@bangfu/db';
import {
  AreaBand,
  DisabilityGrade,
  DisabilityKind,
  formatFenAsYuan,
  HardshipCategory,
  HardshipCause,
  HealthStatus,
  HouseholdStatus,
  HousingType,
  Industry,
  type LabelledEnum,
  MedicalInsurance,
  Relation,
  SchoolStage,
  Sex,
  StandardVersion,
  WorkStatus,
} from '@bangfu/domain';
import type { Selectable } from 'kysely';

export interface Unmask {
  readonly ids: boolean;
  readonly bank: boolean;
}

const lab = <K extends string>(e: LabelledEnum<K>, v: string | null): string => (v ? e.label(v as K) : '');
const yesNo = (b: boolean): string => (b ? '是' : '否');

export const ROSTER_HOUSEHOLD_COLUMNS = [
  { header: '户序号', key: 'n', width: 8 },
  { header: '档案编号', key: 'fileNo', width: 20 },
  { header: '状态', key: 'status', width: 10 },
  { header: '建档工会代码', key: 'orgCode', width: 14 },
  { header: '建档工会', key: 'orgName', width: 22 },
  { header: '户主', key: 'head', width: 10 },
  { header: '家庭人口', key: 'size', width: 8 },
  { header: '户口所在地区划代码', key: 'division', width: 12 },
  { header: '家庭住址', key: 'address', width: 30 },
  { header: '邮政编码', key: 'postal', width: 10 },
  { header: '住房类型', key: 'housing', width: 12 },
  { header: '建筑面积', key: 'area', width: 10 },
  { header: '认定标准', key: 'standard', width: 16 },
  { header: '困难类别', key: 'category', width: 12 },
  { header: '主要致困原因', key: 'mainCause', width: 16 },
  { header: '次要致困原因', key: 'secondary', width: 20 },
  { header: '家庭月工资性收入(元)', key: 'monthly', width: 14 },
  { header: '家庭其他非薪资年收入(元)', key: 'otherAnnual', width: 14 },
  { header: '是否工会会员', key: 'union', width: 8 },
  { header: '工作单位', key: 'employer', width: 20 },
  { header: '所属行业', key: 'industry', width: 14 },
  { header: '是否单亲家庭', key: 'single', width: 8 },
  { header: '是否零就业家庭', key: 'zero', width: 8 },
  { header: '开户银行', key: 'bank', width: 14 },
  { header: '银行卡号', key: 'account', width: 24 },
];

export const ROSTER_MEMBER_COLUMNS = [
  { header: '户序号', key: 'n', width: 8 },
  { header: '档案编号', key: 'fileNo', width: 20 },
  { header: '姓名', key: 'name', width: 10 },
  { header: '与户主关系', key: 'relation', width: 10 },
  { header: '身份证号', key: 'idNumber', width: 22 },
  { header: '性别', key: 'sex', width: 6 },
  { header: '出生日期', key: 'birth', width: 12 },
  { header: '民族', key: 'ethnicity', width: 8 },
  { header: '健康状况', key: 'health', width: 14 },
  { header: '残疾类别', key: 'disability', width: 8 },
  { header: '残疾等级', key: 'grade', width: 12 },
  { header: '工作状态', key: 'work', width: 10 },
  { header: '月收入(元)', key: 'income', width: 12 },
  { header: '在学阶段', key: 'school', width: 10 },
  { header: '医保状况', key: 'insurance', width: 14 },
  { header: '手机号码', key: 'phone', width: 14 },
];

type HouseholdRow = Selectable<Database['household']> & { org_code: string; org_name: string };
type MemberRow = Selectable<Database['household_member']> & { file_no: string | null };

/** One 户 row; the bank account shows its last 4 digits unless the caller may see it whole. */
export function rosterHouseholdRow(h: HouseholdRow, n: number, unmask: Unmask, crypto: FieldCrypto) {
  const account = h.bank_account_enc
    ? unmask.bank
      ? crypto.decrypt(h.bank_account_enc)
      : `**** **** **** ${h.bank_account_last4 ?? '****'}`
    : '';
  return {
    n,
    fileNo: h.file_no ?? '',
    status: lab(HouseholdStatus, h.status),
    orgCode: h.org_code,
    orgName: h.org_name,
    head: h.head_name,
    size: h.member_count,
    division: h.division_code,
    address: h.address,
    postal: h.postal_code ?? '',
    housing: lab(HousingType, h.housing_type),
    area: lab(AreaBand, h.area_band),
    standard: lab(StandardVersion, h.standard_version),
    category: lab(HardshipCategory, h.category),
    mainCause: lab(HardshipCause, h.main_cause),
    secondary: h.secondary_causes.map((c) => lab(HardshipCause, c)).join('、'),
    monthly: formatFenAsYuan(Number(h.monthly_income_fen)),
    otherAnnual: formatFenAsYuan(Number(h.other_annual_income_fen)),
    union: yesNo(h.union_member),
    employer: h.employer_name ?? '',
    industry: lab(Industry, h.industry),
    single: yesNo(h.single_parent),
    zero: yesNo(h.zero_employment),
    bank: h.bank_name ?? '',
    account,
  };
}

/** One 成员 row; ID number and phone masked (brief §11.4) unless the caller may see them. */
export function rosterMemberRow(m: MemberRow, n: number, unmask: Unmask, crypto: FieldCrypto) {
  const phone = m.phone_enc
    ? unmask.ids
      ? crypto.decrypt(m.phone_enc)
      : `*******${m.phone_last4 ?? '****'}`
    : '';
  return {
    n,
    fileNo: m.file_no ?? '',
    name: m.name,
    relation: lab(Relation, m.relation),
    idNumber: unmask.ids ? crypto.decrypt(m.id_number_enc) : `${m.id_prefix6}********${m.id_last4}`,
    sex: lab(Sex, m.sex),
    birth: m.birth_date,
    ethnicity: m.ethnicity,
    health: lab(HealthStatus, m.health),
    disability: lab(DisabilityKind, m.disability_kind),
    grade: lab(DisabilityGrade, m.disability_grade),
    work: lab(WorkStatus, m.work_status),
    income: formatFenAsYuan(Number(m.monthly_income_fen)),
    school: lab(SchoolStage, m.school_stage),
    insurance: lab(MedicalInsurance, m.medical_insurance),
    phone,
  };
}
