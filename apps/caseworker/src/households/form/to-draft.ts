import { parseYuanToFen } from '@bangfu/domain';
import type { HouseholdFormValues, MemberFormValues } from './form-values';

/** A form path ('members', 0, 'monthlyIncomeYuan') and what is wrong there. */
export interface FormProblem {
  path: (string | number)[];
  key: 'money' | 'zod.required';
}

const blankToNull = (v: string | undefined): string | null => (v?.trim() ? v : null);

/**
 * Turns the form's values into the shape of the domain schema (money in fen, blanks as null,
 * the cascader as a county code). Amounts that are not valid 元 are reported, not guessed.
 */
export function toDraft(v: HouseholdFormValues): { draft: Record<string, unknown>; problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const fen = (raw: string | undefined, path: (string | number)[]): number | undefined => {
    if (!raw?.trim()) return undefined;
    const value = parseYuanToFen(raw);
    if (value === null) problems.push({ path, key: 'money' });
    return value ?? undefined;
  };
  const member = (m: MemberFormValues, i: number) => {
    // The schema checks this only once every field parses; say it on the first submit already.
    if (!m.id && !m.idNumber?.trim())
      problems.push({ path: ['members', i, 'idNumber'], key: 'zod.required' });
    return memberDraft(m, i);
  };
  function memberDraft(m: MemberFormValues, i: number) {
    return {
      ...(m.id ? { id: m.id } : {}),
      ...(m.idNumber?.trim() ? { idNumber: m.idNumber.trim().toUpperCase() } : {}),
      name: m.name,
      relation: m.relation,
      ethnicity: m.ethnicity,
      health: m.health,
      disabilityKind: m.disabilityKind ?? null,
      disabilityGrade: m.disabilityGrade ?? null,
      workStatus: m.workStatus,
      monthlyIncomeFen: fen(m.monthlyIncomeYuan, ['members', i, 'monthlyIncomeYuan']),
      schoolStage: m.schoolStage,
      medicalInsurance: m.medicalInsurance,
      // Left out (not null) for a member whose phone is on file: once the schema keeps an omitted
      // phone like it keeps an omitted ID number, a blank box will mean "unchanged" with no change here.
      phone: m.phone?.trim() ? m.phone.trim() : m.id && m.phoneMasked ? undefined : null,
    };
  }
  const bank = v.bankAccount;
  const accountNumber = bank?.accountNumber?.replaceAll(' ', '') || undefined;
  // On edit a blank number keeps the stored one; with nothing stored it must be entered.
  if (v.hasBankAccount && !accountNumber && !bank?.accountMasked) {
    problems.push({ path: ['bankAccount', 'accountNumber'], key: 'zod.required' });
  }
  const draft = {
    divisionCode: v.division?.[1],
    address: v.address,
    postalCode: blankToNull(v.postalCode),
    housingType: v.housingType,
    areaBand: v.areaBand,
    standardVersion: v.standardVersion,
    category: v.category,
    mainCause: v.mainCause,
    secondaryCauses: v.secondaryCauses ?? [],
    causeNote: blankToNull(v.causeNote),
    otherAnnualIncomeFen: fen(v.otherAnnualIncomeYuan, ['otherAnnualIncomeYuan']),
    unionMember: v.unionMember ?? false,
    unionCardNo: blankToNull(v.unionCardNo),
    employerName: blankToNull(v.employerName),
    singleParent: v.singleParent ?? false,
    zeroEmployment: v.zeroEmployment ?? false,
    selfHelpCapacity: v.selfHelpCapacity ?? false,
    bankAccount:
      v.hasBankAccount && bank
        ? {
            bankName: bank.bankName,
            branchName: blankToNull(bank.branchName),
            ...(accountNumber ? { accountNumber } : {}),
          }
        : null,
    members: (v.members ?? []).map(member),
  };
  return { draft, problems };
}
