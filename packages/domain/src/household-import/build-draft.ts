import type { z } from 'zod';
import {
  type HouseholdCreate,
  type HouseholdCreateInput,
  HouseholdCreateSchema,
} from '../household/household-schema';
import type { ImportHouseholdGroup } from './group-members';
import type { HouseholdImportProblemList } from './problems';

/** A household ready to write: exactly what households.create would receive, with its rows. */
export interface HouseholdImportDraft {
  readonly row: number;
  readonly input: HouseholdCreate;
  /** The members sheet's row of each member, in the order of input.members. */
  readonly memberRows: readonly number[];
}

const orNull = <T>(v: unknown): T | null => (v === undefined ? null : (v as T));

function toCreateInput(group: ImportHouseholdGroup, orgId: string): HouseholdCreateInput {
  const h = group.household.values;
  return {
    orgId,
    divisionCode: h.divisionCode as string,
    address: h.address as string,
    postalCode: orNull(h.postalCode),
    housingType: h.housingType as HouseholdCreateInput['housingType'],
    areaBand: h.areaBand as HouseholdCreateInput['areaBand'],
    standardVersion: h.standardVersion as HouseholdCreateInput['standardVersion'],
    category: h.category as HouseholdCreateInput['category'],
    mainCause: h.mainCause as HouseholdCreateInput['mainCause'],
    secondaryCauses: (h.secondaryCauses ?? []) as HouseholdCreateInput['secondaryCauses'],
    causeNote: orNull(h.causeNote),
    otherAnnualIncomeFen: h.otherAnnualIncomeYuan as number,
    unionMember: h.unionMember as boolean,
    unionCardNo: orNull(h.unionCardNo),
    employerName: orNull(h.employerName),
    industry: orNull(h.industry),
    singleParent: h.singleParent as boolean,
    zeroEmployment: h.zeroEmployment as boolean,
    selfHelpCapacity: h.selfHelpCapacity as boolean,
    bankAccount:
      h.bankAccount === undefined
        ? null
        : {
            bankName: h.bankName as string,
            branchName: orNull(h.bankBranch),
            accountNumber: h.bankAccount as string,
          },
    members: group.members.map(({ values: m }) => ({
      name: m.name as string,
      relation: m.relation as never,
      idNumber: m.idNumber as string,
      ethnicity: (m.ethnicity as string | undefined) ?? '汉族',
      health: m.health as never,
      disabilityKind: orNull(m.disabilityKind),
      disabilityGrade: orNull(m.disabilityGrade),
      workStatus: m.workStatus as never,
      monthlyIncomeFen: m.monthlyIncomeYuan as number,
      schoolStage: m.schoolStage as never,
      medicalInsurance: m.medicalInsurance as never,
      phone: orNull(m.phone),
    })),
  };
}

const HOUSEHOLD_FIELD_COLUMN: Record<string, string> = {
  orgId: 'orgCode',
  otherAnnualIncomeFen: 'otherAnnualIncomeYuan',
  members: 'householdKey',
};
const BANK_FIELD_COLUMN: Record<string, string> = {
  bankName: 'bankName',
  branchName: 'bankBranch',
  accountNumber: 'bankAccount',
};
const MEMBER_FIELD_COLUMN: Record<string, string> = { monthlyIncomeFen: 'monthlyIncomeYuan' };

/** Puts a schema issue on the cell it is about, so nothing the form would refuse slips through. */
function reportIssue(
  issue: z.core.$ZodIssue,
  group: ImportHouseholdGroup,
  problems: HouseholdImportProblemList,
): void {
  const [first, second, third] = issue.path;
  const [zh = issue.message, en = zh] = issue.message.split(' / ');
  const message = { zh, en };
  if (first === 'members' && typeof second === 'number') {
    const row = group.members[second]?.row ?? group.household.row;
    const field = String(third ?? 'name');
    problems.cell('成员', row, MEMBER_FIELD_COLUMN[field] ?? field, message);
    return;
  }
  const field = String(first ?? 'householdKey');
  const column =
    field === 'bankAccount'
      ? (BANK_FIELD_COLUMN[String(second)] ?? 'bankAccount')
      : (HOUSEHOLD_FIELD_COLUMN[field] ?? field);
  problems.cell('户', group.household.row, column, message);
}

/**
 * The household as households.create takes it, checked by the very schema the form uses: a
 * safety net under the cell checks, run only for a household whose cells were all good.
 */
export function buildDraft(
  group: ImportHouseholdGroup,
  orgId: string,
  problems: HouseholdImportProblemList,
): HouseholdImportDraft | null {
  const parsed = HouseholdCreateSchema.safeParse(toCreateInput(group, orgId));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) reportIssue(issue, group, problems);
    return null;
  }
  return { row: group.household.row, input: parsed.data, memberRows: group.members.map((m) => m.row) };
}
