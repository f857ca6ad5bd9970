import { type Database, type FieldCrypto, getHousehold, listMembers } from '@bangfu/db';
import {
  type AreaBand,
  type DisabilityGrade,
  type DisabilityKind,
  type HardshipCategory,
  type HardshipCause,
  type HealthStatus,
  type HouseholdStatus,
  type HousingType,
  type Industry,
  type MedicalInsurance,
  maskPhone,
  type Relation,
  type SchoolStage,
  type Sex,
  type StandardVersion,
  type WorkStatus,
} from '@bangfu/domain';
import type { Kysely, Transaction } from 'kysely';
import { notFound } from '../common/scope';
import type { HouseholdDto } from './household-dto';

const maskId = (prefix6: string, last4: string): string => `${prefix6}********${last4}`;

/**
 * Loads a household the actor may see, as a masked DTO. Out of scope is "not found".
 * ID numbers are never decrypted here: their masked form comes from the stored prefix and last four.
 */
export async function loadHousehold(
  db: Kysely<Database> | Transaction<Database>,
  crypto: FieldCrypto,
  input: { id: string; scopePath: string; forUpdate?: boolean },
): Promise<HouseholdDto> {
  const h = await getHousehold(db, input);
  if (!h) throw notFound({ zh: '困难职工档案不存在', en: 'Household not found' });
  const members = await listMembers(db, { householdId: h.id });
  return {
    id: h.id,
    fileNo: h.file_no,
    version: h.version,
    status: h.status as HouseholdStatus,
    orgId: h.org_id,
    orgName: h.org_name,
    divisionCode: h.division_code,
    address: h.address,
    postalCode: h.postal_code,
    housingType: h.housing_type as HousingType,
    areaBand: h.area_band as AreaBand,
    standardVersion: h.standard_version as StandardVersion,
    category: h.category as HardshipCategory,
    mainCause: h.main_cause as HardshipCause,
    secondaryCauses: h.secondary_causes as HardshipCause[],
    causeNote: h.cause_note,
    otherAnnualIncomeFen: h.other_annual_income_fen,
    monthlyIncomeFen: h.monthly_income_fen,
    unionMember: h.union_member,
    unionCardNo: h.union_card_no,
    employerName: h.employer_name,
    industry: h.industry as Industry | null,
    singleParent: h.single_parent,
    zeroEmployment: h.zero_employment,
    selfHelpCapacity: h.self_help_capacity,
    bankAccount:
      h.bank_name && h.bank_account_last4
        ? {
            bankName: h.bank_name,
            branchName: h.bank_branch,
            accountMasked: `**** **** **** ${h.bank_account_last4}`,
          }
        : null,
    members: members.map((m) => ({
      id: m.id,
      seq: m.seq,
      name: m.name,
      relation: m.relation as Relation,
      idNumberMasked: maskId(m.id_prefix6, m.id_last4),
      sex: m.sex as Sex,
      birthDate: m.birth_date,
      ethnicity: m.ethnicity,
      health: m.health as HealthStatus,
      disabilityKind: m.disability_kind as DisabilityKind | null,
      disabilityGrade: m.disability_grade as DisabilityGrade | null,
      workStatus: m.work_status as WorkStatus,
      monthlyIncomeFen: m.monthly_income_fen,
      schoolStage: m.school_stage as SchoolStage,
      medicalInsurance: m.medical_insurance as MedicalInsurance,
      phoneMasked: m.phone_enc ? maskPhone(crypto.decrypt(m.phone_enc)) : null,
    })),
    createdAt: h.created_at,
    updatedAt: h.updated_at,
  };
}

export { maskId };
