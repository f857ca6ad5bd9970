import type { Label } from '../../common/labelled-enum';
import { parseIdNumber } from '../../id-number';
import type { MutualAidScheme } from '../scheme/scheme-schema';
import { findPlanByCodeOrName } from './plan-choice';

/** The columns of the enrolment sheet, in order; headers match on the Chinese name. */
export const ENROLMENT_COLUMNS = [
  { key: 'name', zh: '姓名', en: 'Name' },
  { key: 'idNumber', zh: '身份证号', en: 'ID number' },
  { key: 'inService', zh: '在职', en: 'In service' },
  { key: 'unionMember', zh: '会员', en: 'Union member' },
  { key: 'plans', zh: '参加计划', en: 'Plans' },
] as const;
export type EnrolmentColumnKey = (typeof ENROLMENT_COLUMNS)[number]['key'];
export type EnrolmentRowCells = Record<EnrolmentColumnKey, string>;

/** One problem in a sheet: the column is the Chinese header, or '' for the row as a whole. */
export interface EnrolmentRowError {
  column: string;
  message: Label;
}
export interface EnrolmentRowReport {
  row: number;
  ok: boolean;
  errors: EnrolmentRowError[];
}

export interface ParsedEnrolmentRow {
  name: string;
  idNumber: string;
  birthDate: string;
  sex: 'MALE' | 'FEMALE';
  inService: boolean;
  unionMember: boolean;
  planCodes: string[];
}

const YES = new Set(['是', 'Y', 'YES', 'TRUE', '1', '√']);
const NO = new Set(['否', 'N', 'NO', 'FALSE', '0', '×']);

export function columnLabel(key: EnrolmentColumnKey): string {
  return ENROLMENT_COLUMNS.find((c) => c.key === key)?.zh ?? key;
}

function parseYesNo(value: string): boolean | null {
  const v = value.trim().toUpperCase();
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  return null;
}

/**
 * Reads one row of the enrolment sheet: every problem is reported against its column, so the
 * person fixing the sheet sees all of them at once rather than one per upload.
 */
export function parseEnrolmentRow(
  cells: EnrolmentRowCells,
  scheme: MutualAidScheme,
  asOf: string,
): { value: ParsedEnrolmentRow | null; errors: EnrolmentRowError[] } {
  const errors: EnrolmentRowError[] = [];
  const fail = (key: EnrolmentColumnKey, message: Label) =>
    errors.push({ column: columnLabel(key), message });
  const name = cells.name.trim();
  if (!name) fail('name', { zh: '请填写姓名', en: 'Name is required' });
  else if (name.length > 50) fail('name', { zh: '姓名不能超过50字', en: 'Name is at most 50 characters' });
  const id = parseIdNumber(cells.idNumber, { asOf });
  if (!id.ok) fail('idNumber', id.message);
  const inService = parseYesNo(cells.inService);
  if (inService === null) fail('inService', { zh: '应填“是”或“否”', en: 'Write 是 (yes) or 否 (no)' });
  const unionMember = parseYesNo(cells.unionMember);
  if (unionMember === null) fail('unionMember', { zh: '应填“是”或“否”', en: 'Write 是 (yes) or 否 (no)' });
  const planCodes: string[] = [];
  const names = cells.plans
    .split(/[,，、;；\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.length === 0) fail('plans', { zh: '请填写参加计划', en: 'Plans are required' });
  for (const n of names) {
    const plan = findPlanByCodeOrName(scheme, n);
    if (plan) planCodes.push(plan.code);
    else fail('plans', { zh: `方案中没有计划“${n}”`, en: `No plan "${n}" in this scheme` });
  }
  if (errors.length > 0 || !id.ok || inService === null || unionMember === null)
    return { value: null, errors };
  return {
    value: {
      name,
      idNumber: id.value.number,
      birthDate: id.value.birthDate,
      sex: id.value.sex === 'male' ? 'MALE' : 'FEMALE',
      inService,
      unionMember,
      planCodes,
    },
    errors,
  };
}
