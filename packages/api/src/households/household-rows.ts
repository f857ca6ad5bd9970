import type { FieldCrypto, HouseholdTable } from '@bangfu/db';
import type { HouseholdCreate } from '@bangfu/domain';

type FormFields = Omit<HouseholdCreate, 'orgId'>;

/** Household columns set from the caseworker's form, with derived totals. */
export function householdColumns(
  crypto: FieldCrypto,
  h: FormFields,
): Omit<
  HouseholdTable,
  | 'id'
  | 'file_no'
  | 'org_id'
  | 'org_path'
  | 'status'
  | 'created_at'
  | 'updated_at'
  | 'created_by'
  | 'updated_by'
  | 'version'
  | 'previous_household_id'
  | 'status_since'
  | 'has_skill'
> {
  const self = h.members.find((m) => m.relation === 'SELF') ?? h.members[0]!;
  return {
    division_code: h.divisionCode,
    address: h.address,
    postal_code: h.postalCode,
    housing_type: h.housingType,
    area_band: h.areaBand,
    standard_version: h.standardVersion,
    category: h.category,
    main_cause: h.mainCause,
    secondary_causes: h.secondaryCauses,
    cause_note: h.causeNote,
    other_annual_income_fen: h.otherAnnualIncomeFen,
    monthly_income_fen: h.members.reduce((sum, m) => sum + m.monthlyIncomeFen, 0),
    union_member: h.unionMember,
    union_card_no: h.unionCardNo,
    employer_name: h.employerName,
    industry: h.industry,
    single_parent: h.singleParent,
    zero_employment: h.zeroEmployment,
    self_help_capacity: h.selfHelpCapacity,
    bank_name: h.bankAccount?.bankName ?? null,
    bank_branch: h.bankAccount?.branchName ?? null,
    bank_account_enc: h.bankAccount?.accountNumber ? crypto.encrypt(h.bankAccount.accountNumber) : null,
    bank_account_last4: h.bankAccount?.accountNumber ? h.bankAccount.accountNumber.slice(-4) : null,
    head_name: self.name,
    member_count: h.members.length,
  };
}
