import { type Database, type FieldCrypto, getHousehold, listMembers, withTransaction } from '@bangfu/db';
import { DomainError, type HouseholdCreateInput, HouseholdCreateSchema, type Reenter } from '@bangfu/domain';
import type { Transaction } from 'kysely';
import { appendAudit } from '../audit/append-audit';
import type { SavedRecord } from '../employment/employment-errors';
import { createHousehold } from '../households/create-household';
import type { StaffContext } from './oversight-context';
import { householdNotFound, ruleViolation } from './oversight-errors';

const EXITED = ['EXITED_TUOKUN', 'EXITED_JIEKUN'];

/**
 * 返困: hardship came back after an exit. A NEW draft application copies the old file (ID numbers
 * decrypted and written again through households.create, which claims them), linked by
 * previous_household_id; the old file stays exited, as the record of what happened then.
 */
export async function reenter({ ctx, input }: { ctx: StaffContext; input: Reenter }): Promise<SavedRecord> {
  return withTransaction(ctx.db, async (trx) => {
    const old = await getHousehold(trx, { id: input.previousHouseholdId, scopePath: ctx.actor.orgPath });
    if (!old) throw householdNotFound();
    if (!EXITED.includes(old.status)) {
      throw ruleViolation(
        '只有已脱困或已解困的档案可以返困重新申请',
        'Only an exited file can re-enter (返困)',
        {
          status: old.status,
        },
      );
    }
    const form = await formFromFile(trx, ctx.crypto, old);
    // households.create joins this transaction (withTransaction reuses it) and runs its own checks.
    const parsed = HouseholdCreateSchema.safeParse(form);
    if (!parsed.success) {
      throw new DomainError(
        'VALIDATION',
        {
          zh: '原档案信息不完整,请新建申请',
          en: 'The old file no longer passes today’s form; open a new application',
        },
        { fieldErrors: Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), [i.message]])) },
      );
    }
    const created = await createHousehold({ ctx: { ...ctx, db: trx }, input: parsed.data });
    const linked = await trx
      .updateTable('household')
      .set((eb) => ({ previous_household_id: old.id, version: eb('version', '+', 1) }))
      .where('id', '=', created.id)
      .returning('version')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, ctx, {
      action: 'household.reenter',
      entityType: 'household',
      entityId: created.id,
      after: { previousHouseholdId: old.id, previousStatus: old.status },
    });
    return { id: created.id, version: linked.version };
  });
}

type OldFile = NonNullable<Awaited<ReturnType<typeof getHousehold>>>;

async function formFromFile(
  trx: Transaction<Database>,
  crypto: FieldCrypto,
  h: OldFile,
): Promise<HouseholdCreateInput> {
  const members = await listMembers(trx, { householdId: h.id });
  return {
    orgId: h.org_id,
    divisionCode: h.division_code,
    address: h.address,
    postalCode: h.postal_code,
    housingType: h.housing_type as never,
    areaBand: h.area_band as never,
    standardVersion: h.standard_version as never,
    category: h.category as never,
    mainCause: h.main_cause as never,
    secondaryCauses: h.secondary_causes as never,
    causeNote: h.cause_note,
    otherAnnualIncomeFen: h.other_annual_income_fen,
    unionMember: h.union_member,
    unionCardNo: h.union_card_no,
    employerName: h.employer_name,
    singleParent: h.single_parent,
    zeroEmployment: h.zero_employment,
    selfHelpCapacity: h.self_help_capacity,
    bankAccount:
      h.bank_name && h.bank_account_enc
        ? {
            bankName: h.bank_name,
            branchName: h.bank_branch,
            accountNumber: crypto.decrypt(h.bank_account_enc),
          }
        : null,
    members: members.map((m) => ({
      name: m.name,
      relation: m.relation as never,
      idNumber: crypto.decrypt(m.id_number_enc),
      ethnicity: m.ethnicity,
      health: m.health as never,
      disabilityKind: m.disability_kind as never,
      disabilityGrade: m.disability_grade as never,
      workStatus: m.work_status as never,
      monthlyIncomeFen: m.monthly_income_fen,
      schoolStage: m.school_stage as never,
      medicalInsurance: m.medical_insurance as never,
      phone: m.phone_enc ? crypto.decrypt(m.phone_enc) : null,
    })),
  };
}
