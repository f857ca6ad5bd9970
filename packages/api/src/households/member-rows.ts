import type { FieldCrypto, HouseholdMemberTable } from '@bangfu/db';
import { DomainError, type Member, parseIdNumber } from '@bangfu/domain';

export interface MemberIdentity {
  number: string;
  birthDate: string;
  sex: 'MALE' | 'FEMALE';
}

/** Parses a member's ID number as of the business date; a future birth date is rejected here. */
export function identify(idNumber: string, asOf: string, index: number): MemberIdentity {
  const parsed = parseIdNumber(idNumber, { asOf });
  if (!parsed.ok) {
    throw new DomainError('VALIDATION', parsed.message, {
      fieldErrors: { [`members.${index}.idNumber`]: [`${parsed.message.zh} / ${parsed.message.en}`] },
    });
  }
  return {
    number: parsed.value.number,
    birthDate: parsed.value.birthDate,
    sex: parsed.value.sex === 'male' ? 'MALE' : 'FEMALE',
  };
}

type MemberFields = Omit<HouseholdMemberTable, 'id' | 'household_id' | 'seq'>;
type IdentityFields = Pick<
  MemberFields,
  'id_number_enc' | 'id_number_bidx' | 'id_prefix6' | 'id_last4' | 'sex' | 'birth_date'
>;

export function identityColumns(crypto: FieldCrypto, who: MemberIdentity): IdentityFields {
  return {
    id_number_enc: crypto.encrypt(who.number),
    id_number_bidx: crypto.blindIndex(who.number),
    id_prefix6: who.number.slice(0, 6),
    id_last4: who.number.slice(-4),
    sex: who.sex,
    birth_date: who.birthDate,
  };
}

/** The columns a caseworker's form sets directly (everything but the identity). */
export function plainMemberColumns(crypto: FieldCrypto, m: Member): Omit<MemberFields, keyof IdentityFields> {
  return {
    name: m.name,
    relation: m.relation,
    ethnicity: m.ethnicity,
    health: m.health,
    disability_kind: m.disabilityKind,
    disability_grade: m.disabilityGrade,
    work_status: m.workStatus,
    monthly_income_fen: m.monthlyIncomeFen,
    school_stage: m.schoolStage,
    medical_insurance: m.medicalInsurance,
    ...phoneColumns(crypto, m.phone ?? null),
  };
}

export function phoneColumns(
  crypto: FieldCrypto,
  phone: string | null,
): Pick<MemberFields, 'phone_enc' | 'phone_last4'> {
  return { phone_enc: phone ? crypto.encrypt(phone) : null, phone_last4: phone ? phone.slice(-4) : null };
}
