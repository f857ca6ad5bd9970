import { newId } from '@bangfu/db';
import type { ClassificationInputDraft } from '@bangfu/domain';
import { sql } from 'kysely';
import { filedHousehold, freshKey, signedPlan } from './aid-fixture';
import type { Fixture } from './fixture';

/** Brief §2.5 E2: 3 people, ¥60,000 a year, ¥15,000 rigid spending (L = ¥800, so 相对). */
export const E2_FIGURES: ClassificationInputDraft = {
  standardVersion: 'ACFTU_2020',
  divisionCode: '520302',
  year: 2026,
  householdSize: 3,
  incomes: [{ kind: 'WAGES', annualFen: 6_000_000 }],
  rigidSpending: [
    { kind: 'MEDICAL', annualFen: 900_000 },
    { kind: 'SCHOOLING', annualFen: 600_000 },
  ],
};

/**
 * A filed 相对 household with a signed plan, and a survey and an assessment holding `figures` as
 * identification.completeSurvey would have stored them (the calculator's result is not read back).
 */
export async function assessedHousehold(
  f: Fixture,
  figures: ClassificationInputDraft = E2_FIGURES,
): Promise<{ householdId: string; assessmentId: string }> {
  const householdId = await filedHousehold(f, {
    overrides: { standardVersion: 'ACFTU_2020', category: 'RELATIVE' },
  });
  await signedPlan(f, householdId);
  const surveyor = f.actor('zunyiCw').userId;
  const surveyId = newId();
  await f.handle.db
    .insertInto('ident_survey')
    .values({
      id: surveyId,
      household_id: householdId,
      method: 'FOUR_LOOKS',
      surveyor_ids: sql`array[${surveyor}::uuid]`,
      assigned_by: surveyor,
      assigned_at: f.clock.now,
      due_on: '2026-11-30',
      policy_version: 0,
      status: 'SIGNED',
      completed_at: f.clock.now,
    })
    .execute();
  const assessmentId = newId();
  await f.handle.db
    .insertInto('ident_assessment')
    .values({
      id: assessmentId,
      household_id: householdId,
      survey_id: surveyId,
      classification_input: JSON.stringify(figures),
      classification: JSON.stringify({}),
      policy_version: 0,
      proposed_category: 'RELATIVE',
      created_at: f.clock.now,
    })
    .execute();
  return { householdId, assessmentId };
}

/** A request with no plan measure: the caseworker's form for one programme. */
export function aidRequest(
  householdId: string,
  programme: 'LIVING' | 'MEDICAL' | 'LEGAL',
  amountFen: number,
  selfPaidFen?: number,
) {
  return {
    idempotencyKey: freshKey(),
    householdId,
    measureId: null,
    programme,
    amountFen,
    selfPaidFen: selfPaidFen ?? null,
    fundingSource: 'UNION_FUNDS' as const,
    note: '叠加帮扶测试',
  };
}
