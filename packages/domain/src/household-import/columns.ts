import type { Label, LabelledEnum } from '../common/labelled-enum';
import { isGuizhouCountyCode } from '../divisions';
import {
  AreaBand,
  CAUSE_FORM_CODE,
  DisabilityGrade,
  DisabilityKind,
  HardshipCategory,
  HardshipCause,
  HealthStatus,
  HousingType,
  Industry,
  MedicalInsurance,
  Relation,
  SchoolStage,
  StandardVersion,
  WorkStatus,
} from '../household/enums';
import {
  type CellResult,
  cellBad,
  cellOk,
  parseEnumLabel,
  parseEnumList,
  parsePattern,
  parseText,
  parseYesNo,
  parseYuan,
} from './cells';

/**
 * One column of the import template. The header is the Chinese name (a trailing * marks a
 * required column); `parse` turns the cell's non-empty text into the value households.create takes.
 */
export interface HouseholdImportColumn {
  readonly key: string;
  readonly zh: string;
  readonly en: string;
  readonly required: boolean;
  readonly note: Label;
  readonly width: number;
  /** The Chinese labels offered in the template's drop-down, when the column is a list. */
  readonly choices?: readonly string[];
  /** A number typed into Excel loses digits past 15: such a column must be entered as text. */
  readonly textOnly?: boolean;
  parse(text: string): CellResult<unknown>;
}

const choicesOf = <K extends string>(e: LabelledEnum<K>): string[] => e.values.map((v) => e.labels[v].zh);

/** The national form's cause codes 1–10 are accepted beside the labels (brief §4.1). */
const CAUSE_BY_FORM_CODE: Record<string, HardshipCause> = Object.fromEntries(
  Object.entries(CAUSE_FORM_CODE).map(([cause, code]) => [String(code), cause as HardshipCause]),
);

function enumColumn(
  key: string,
  zh: string,
  en: string,
  e: LabelledEnum<string>,
  required: boolean,
  width = 14,
): HouseholdImportColumn {
  return {
    key,
    zh,
    en,
    required,
    width,
    choices: choicesOf(e),
    note: {
      zh: `从下拉列表选择：${choicesOf(e).join('、')}`,
      en: `Pick from the list (${e.values.length} values)`,
    },
    parse: (text) => parseEnumLabel(text, e),
  };
}

function textColumn(key: string, zh: string, en: string, max: number, required: boolean, width = 16) {
  return {
    key,
    zh,
    en,
    required,
    width,
    note: { zh: `文字，不超过${max}字`, en: `Text, at most ${max} characters` },
    parse: (text: string) => parseText(text, max),
  } satisfies HouseholdImportColumn;
}

function yesNoColumn(key: string, zh: string, en: string): HouseholdImportColumn {
  return {
    key,
    zh,
    en,
    required: true,
    width: 10,
    choices: ['是', '否'],
    note: { zh: '填“是”或“否”', en: '是 (yes) or 否 (no)' },
    parse: parseYesNo,
  };
}

function moneyColumn(key: string, zh: string, en: string): HouseholdImportColumn {
  return {
    key,
    zh,
    en,
    required: true,
    width: 14,
    note: {
      zh: '以元为单位，最多两位小数，不能为负；无则填0',
      en: 'Yuan, at most 2 decimals, not negative; 0 if none',
    },
    parse: parseYuan,
  };
}

const KEY_COLUMN: HouseholdImportColumn = {
  ...textColumn('householdKey', '户序号', 'Household key', 20, true, 10),
  note: {
    zh: '本文件内每户的编号(如 1、2、3)；“成员”表以它指明成员属于哪一户',
    en: 'A number for each household within this file; the members sheet refers to it',
  },
};

/** Sheet 户: one row per household file (brief §4.1), restricted to what households.create holds. */
export const HOUSEHOLD_IMPORT_HOUSEHOLD_COLUMNS: readonly HouseholdImportColumn[] = [
  KEY_COLUMN,
  {
    ...textColumn('orgCode', '建档工会代码', 'Filing union code', 40, true, 16),
    note: {
      zh: '建档工会的组织代码(如 520302 或 520302-G01)，须在您的管辖范围内',
      en: 'Code of the filing union, inside your scope',
    },
  },
  {
    key: 'divisionCode',
    zh: '户口所在地区划代码',
    en: 'Registered county (GB/T 2260)',
    required: true,
    width: 12,
    note: {
      zh: '贵州省现行县级行政区划代码，6位，如 520302',
      en: 'Current Guizhou county code, e.g. 520302',
    },
    parse: (text) =>
      isGuizhouCountyCode(text)
        ? cellOk(text)
        : cellBad(`${text} 不是贵州省现行县级行政区划代码`, `${text} is not a current Guizhou county code`),
  },
  textColumn('address', '家庭住址', 'Address', 200, true, 30),
  {
    key: 'postalCode',
    zh: '邮政编码',
    en: 'Postal code',
    required: false,
    width: 10,
    note: { zh: '6位数字', en: '6 digits' },
    parse: (text) =>
      parsePattern(text, /^\d{6}$/, { zh: '邮政编码应为6位数字', en: 'postal code must be 6 digits' }),
  },
  enumColumn('housingType', '住房类型', 'Housing type', HousingType, true),
  enumColumn('areaBand', '建筑面积', 'Floor area', AreaBand, true),
  enumColumn('standardVersion', '认定标准', 'Standard', StandardVersion, true, 18),
  {
    ...enumColumn('category', '困难类别', 'Category', HardshipCategory, true),
    note: {
      zh: '2016版：低保户、低保边缘户、意外致困户；2020版：深度困难、相对困难、意外致困',
      en: 'Must belong to the chosen standard',
    },
  },
  {
    ...enumColumn('mainCause', '主要致困原因', 'Main cause', HardshipCause, true, 18),
    parse: (text) => parseEnumLabel(text, HardshipCause, CAUSE_BY_FORM_CODE),
  },
  {
    key: 'secondaryCauses',
    zh: '次要致困原因',
    en: 'Secondary causes',
    required: false,
    width: 22,
    note: {
      zh: '最多3项，用顿号“、”分隔，不能与主要原因相同；也可填全国表代码1–10',
      en: 'Up to 3, separated by 、, distinct from the main cause',
    },
    parse: (text) => parseEnumList(text, HardshipCause, 3, CAUSE_BY_FORM_CODE),
  },
  textColumn('causeNote', '致困原因说明', 'Cause note', 200, false, 20),
  moneyColumn('otherAnnualIncomeYuan', '家庭其他非薪资年收入(元)', 'Other annual income (yuan)'),
  yesNoColumn('unionMember', '是否工会会员', 'Union member'),
  textColumn('unionCardNo', '会员证号', 'Union card no.', 30, false, 14),
  textColumn('employerName', '工作单位', 'Employer', 100, false, 20),
  enumColumn('industry', '所属行业', 'Industry', Industry, false),
  yesNoColumn('singleParent', '是否单亲家庭', 'Single parent'),
  yesNoColumn('zeroEmployment', '是否零就业家庭', 'Zero-employment household'),
  yesNoColumn('selfHelpCapacity', '是否有一定自救能力', 'Some self-help capacity'),
  textColumn('bankName', '开户银行', 'Bank', 50, false, 16),
  textColumn('bankBranch', '支行名称', 'Branch', 100, false, 16),
  {
    key: 'bankAccount',
    zh: '银行卡号',
    en: 'Account number',
    required: false,
    width: 24,
    textOnly: true,
    note: { zh: '12至30位数字，请以文本格式填写', en: '12–30 digits, entered as text' },
    parse: (text) =>
      parsePattern(text, /^\d{12,30}$/, {
        zh: '银行卡号应为12至30位数字',
        en: 'account number must be 12–30 digits',
      }),
  },
];

/** Sheet 成员: one row per person (本人 and family members, brief §4.2–4.3). */
export const HOUSEHOLD_IMPORT_MEMBER_COLUMNS: readonly HouseholdImportColumn[] = [
  KEY_COLUMN,
  textColumn('name', '姓名', 'Name', 50, true, 10),
  {
    ...enumColumn('relation', '与户主关系', 'Relation', Relation, true, 12),
    note: { zh: '每户必须有且只有一名“本人”(职工本人)', en: 'Exactly one 本人 (the worker) per household' },
  },
  {
    key: 'idNumber',
    zh: '身份证号',
    en: 'ID number',
    required: true,
    width: 22,
    textOnly: true,
    note: {
      zh: '18位(或15位旧号)，请以文本格式填写；出生日期和性别由号码得出',
      en: '18 (or legacy 15) characters, as text; birth date and sex come from it',
    },
    // Checked with the business date in the row validation, which knows "today".
    parse: (text) => cellOk(text),
  },
  textColumn('ethnicity', '民族', 'Ethnicity', 20, false, 8),
  enumColumn('health', '健康状况', 'Health', HealthStatus, true),
  enumColumn('disabilityKind', '残疾类别', 'Disability kind', DisabilityKind, false, 10),
  enumColumn('disabilityGrade', '残疾等级', 'Disability grade', DisabilityGrade, false, 12),
  enumColumn('workStatus', '工作状态', 'Work status', WorkStatus, true, 12),
  moneyColumn('monthlyIncomeYuan', '月收入(元)', 'Monthly income (yuan)'),
  enumColumn('schoolStage', '在学阶段', 'School stage', SchoolStage, true, 12),
  enumColumn('medicalInsurance', '医保状况', 'Medical insurance', MedicalInsurance, true),
  {
    key: 'phone',
    zh: '手机号码',
    en: 'Mobile phone',
    required: false,
    width: 14,
    note: { zh: '11位手机号', en: '11-digit mobile number' },
    parse: (text) =>
      parsePattern(text, /^1[3-9]\d{9}$/, {
        zh: '手机号码应为11位',
        en: 'phone must be an 11-digit mobile number',
      }),
  },
];

export const HOUSEHOLD_IMPORT_SHEET = { households: '户', members: '成员', notes: '说明' } as const;
export type HouseholdImportSheetName = '户' | '成员' | '文件';

/** The header text as written in the template: a * marks the required columns. */
export const householdImportHeader = (c: HouseholdImportColumn): string => (c.required ? `${c.zh}*` : c.zh);
