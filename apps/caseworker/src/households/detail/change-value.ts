import {
  displayBankAccount,
  displayIdNumber,
  displayPhone,
  formatFen,
  type Lang,
  labelKey,
} from '@bangfu/client';
import {
  AreaBand,
  DisabilityGrade,
  DisabilityKind,
  HardshipCategory,
  HardshipCause,
  HealthStatus,
  HouseholdStatus,
  HousingType,
  type LabelledEnum,
  MedicalInsurance,
  Relation,
  SchoolStage,
  Sex,
  StandardVersion,
  WorkStatus,
} from '@bangfu/domain';

type EnumLike = Pick<LabelledEnum<string>, 'values' | 'labels'>;

const ENUM_OF_FIELD: Readonly<Record<string, EnumLike>> = {
  category: HardshipCategory,
  mainCause: HardshipCause,
  secondaryCauses: HardshipCause,
  housingType: HousingType,
  areaBand: AreaBand,
  standardVersion: StandardVersion,
  status: HouseholdStatus,
  relation: Relation,
  sex: Sex,
  health: HealthStatus,
  disabilityKind: DisabilityKind,
  disabilityGrade: DisabilityGrade,
  workStatus: WorkStatus,
  schoolStage: SchoolStage,
  medicalInsurance: MedicalInsurance,
};

/** Sensitive fields are masked on screen even if an audit entry were ever to hold them in full. */
const MASK_OF_FIELD: Readonly<Record<string, (v: string) => string>> = {
  idNumber: displayIdNumber,
  idNumberMasked: displayIdNumber,
  phone: displayPhone,
  phoneMasked: displayPhone,
  accountMasked: displayBankAccount,
  accountNumber: displayBankAccount,
};

const MAX_LENGTH = 80;

function scalar(field: string, value: unknown, lang: Lang, yesNo: [string, string]): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? yesNo[0] : yesNo[1];
  if (typeof value === 'number' && field.endsWith('Fen')) return formatFen(value);
  if (typeof value === 'string') {
    const e = ENUM_OF_FIELD[field];
    if (e && (e.values as readonly string[]).includes(value)) return e.labels[value]![labelKey(lang)];
    return MASK_OF_FIELD[field]?.(value) ?? value;
  }
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object' && 'name' in value && typeof value.name === 'string') return value.name;
  if (typeof value === 'object' && 'accountMasked' in value && typeof value.accountMasked === 'string') {
    const bank = 'bankName' in value && typeof value.bankName === 'string' ? `${value.bankName} ` : '';
    return `${bank}${displayBankAccount(value.accountMasked)}`;
  }
  const json = JSON.stringify(value);
  return json.length > MAX_LENGTH ? `${json.slice(0, MAX_LENGTH)}…` : json;
}

/** One side of a recorded change, readable: enum labels, ¥ amounts, 是/否, masked numbers. */
export function formatChangeValue(
  field: string,
  value: unknown,
  lang: Lang,
  yesNo: [string, string],
): string {
  if (Array.isArray(value)) {
    return value.length === 0 ? '—' : value.map((v) => scalar(field, v, lang, yesNo)).join('、');
  }
  return scalar(field, value, lang, yesNo);
}

/** 'members.1.name' → { leaf: 'name', member: 2 }; 'members[1].name' is read the same way. */
export function parseChangeField(field: string): { leaf: string; member: number | null } {
  const parts = field.split(/[.[\]]+/).filter(Boolean);
  const index = parts.findIndex((p) => /^\d+$/.test(p));
  const leaf = parts.filter((p) => !/^\d+$/.test(p)).at(-1) ?? field;
  return { leaf, member: parts[0] === 'members' && index > 0 ? Number(parts[index]) + 1 : null };
}
