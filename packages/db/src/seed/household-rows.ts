import type { Insertable } from 'kysely';
import type { FieldCrypto } from '../crypto/field-crypto';
import { newId } from '../ids';
import type { ActiveIdNumberTable, HouseholdMemberTable, HouseholdTable, IdentStepTable } from '../schema';
import type { HouseholdPlan } from './household-plan';
import type { Rng } from './prng';

export interface HouseholdRows {
  readonly household: Insertable<HouseholdTable>;
  readonly members: Insertable<HouseholdMemberTable>[];
  readonly activeIds: Insertable<ActiveIdNumberTable>[];
  /** A filed household's timeline starts with its import from the 2016 files. */
  readonly steps: Insertable<IdentStepTable>[];
}

export interface RowContext {
  readonly crypto: FieldCrypto;
  /** Random bits of the UUIDs; a PRNG stream of its own so ids do not shift the content. */
  readonly idRng: Rng;
  readonly org: { readonly id: string; readonly path: string };
  readonly divisionCode: string;
  readonly fileNo: string | null;
  readonly createdBy: string;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly active: boolean;
  /** 所属行业 of the worker, drawn from a stream of its own. */
  readonly industry: string | null;
}

const REVIEW = ['START_REVIEW', 'FILED', 'UNDER_REVIEW'] as const;
const LATER_STEPS: Partial<Record<string, readonly (readonly [string, string, string])[]>> = {
  UNDER_REVIEW: [REVIEW],
  EXITED_TUOKUN: [REVIEW, ['EXIT_TUOKUN', 'UNDER_REVIEW', 'EXITED_TUOKUN']],
  EXITED_JIEKUN: [REVIEW, ['EXIT_JIEKUN', 'UNDER_REVIEW', 'EXITED_JIEKUN']],
  CANCELLED: [REVIEW, ['CANCEL', 'UNDER_REVIEW', 'CANCELLED']],
};

/** The database rows of one planned household: PII encrypted, blind-indexed and masked as the API stores it. */
export function householdRows(plan: HouseholdPlan, ctx: RowContext): HouseholdRows {
  const { crypto } = ctx;
  const at = ctx.createdAt.getTime();
  const householdId = newId(at, ctx.idRng.bytes(10));
  const members = plan.members.map(
    (m, index): Insertable<HouseholdMemberTable> => ({
      id: newId(at, ctx.idRng.bytes(10)),
      household_id: householdId,
      // 1-based, as the registry numbers members.
      seq: index + 1,
      name: m.name,
      relation: m.relation,
      id_number_enc: crypto.encrypt(m.idNumber),
      id_number_bidx: crypto.blindIndex(m.idNumber),
      id_prefix6: m.idNumber.slice(0, 6),
      id_last4: m.idNumber.slice(-4),
      sex: m.sex,
      birth_date: m.birthDate,
      ethnicity: m.ethnicity,
      health: m.health,
      disability_kind: m.disabilityKind,
      disability_grade: m.disabilityGrade,
      work_status: m.workStatus,
      monthly_income_fen: m.monthlyIncomeFen,
      school_stage: m.schoolStage,
      medical_insurance: m.medicalInsurance,
      phone_enc: m.phone ? crypto.encrypt(m.phone) : null,
      phone_last4: m.phone ? m.phone.slice(-4) : null,
    }),
  );
  const household: Insertable<HouseholdTable> = {
    id: householdId,
    file_no: ctx.fileNo,
    org_id: ctx.org.id,
    org_path: ctx.org.path,
    division_code: ctx.divisionCode,
    address: plan.address,
    postal_code: plan.postalCode,
    housing_type: plan.housingType,
    area_band: plan.areaBand,
    standard_version: 'ACFTU_2016',
    category: plan.category,
    main_cause: plan.mainCause,
    secondary_causes: plan.secondaryCauses,
    cause_note: plan.causeNote,
    other_annual_income_fen: plan.otherAnnualIncomeFen,
    monthly_income_fen: plan.monthlyIncomeFen,
    union_member: plan.unionMember,
    union_card_no: plan.unionCardNo,
    employer_name: plan.employerName,
    industry: ctx.industry,
    single_parent: plan.singleParent,
    zero_employment: plan.zeroEmployment,
    self_help_capacity: plan.selfHelpCapacity,
    bank_name: plan.bank?.bankName ?? null,
    bank_branch: plan.bank?.branch ?? null,
    bank_account_enc: plan.bank ? crypto.encrypt(plan.bank.account) : null,
    bank_account_last4: plan.bank ? plan.bank.account.slice(-4) : null,
    status: plan.status,
    head_name: plan.headName,
    member_count: members.length,
    created_at: ctx.createdAt,
    updated_at: ctx.updatedAt,
    created_by: ctx.createdBy,
    updated_by: ctx.createdBy,
    status_since: ctx.updatedAt,
  };
  const activeIds = ctx.active
    ? members.map((m) => ({ id_number_bidx: m.id_number_bidx, household_id: householdId, member_id: m.id }))
    : [];
  const steps: Insertable<IdentStepTable>[] = ctx.fileNo
    ? [
        {
          id: newId(at, ctx.idRng.bytes(10)),
          household_id: householdId,
          seq: 1,
          event: 'APPROVE',
          from_status: 'HIGHER_REVIEW',
          to_status: 'FILED',
          actor_id: null,
          actor_kind: 'SYSTEM',
          org_id: ctx.org.id,
          at: ctx.createdAt,
          note: '2016年精准识别建档,自纸质档案导入 / Filed in the 2016 identification, imported from paper files',
          payload: JSON.stringify({ imported: true, fileNo: ctx.fileNo }),
        },
      ]
    : [];
  // The files that have since left review or the files carry the steps that took them there,
  // so the yearly flows (stat_flow) count their exits.
  const later = LATER_STEPS[plan.status] ?? [];
  later.forEach(([event, from, to], i) => {
    steps.push({
      id: newId(at, ctx.idRng.bytes(10)),
      household_id: householdId,
      seq: 2 + i,
      event,
      from_status: from,
      to_status: to,
      actor_id: null,
      actor_kind: 'SYSTEM',
      org_id: ctx.org.id,
      at: ctx.updatedAt,
      note: '自纸质档案导入 / Imported from paper files',
      payload: JSON.stringify({ imported: true }),
    });
  });
  return { household, members, activeIds, steps };
}
