import type { Database } from '@bangfu/db';
import type { Kysely } from 'kysely';

/** The latest application, current survey (with steps and signatures) and latest assessment. */
export async function loadCaseRecords(db: Kysely<Database>, householdId: string) {
  const app = await db
    .selectFrom('ident_application')
    .selectAll()
    .where('household_id', '=', householdId)
    .orderBy('submitted_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  const survey = await db
    .selectFrom('ident_survey')
    .selectAll()
    .where('household_id', '=', householdId)
    .where('status', '!=', 'SUPERSEDED')
    .orderBy('assigned_at', 'desc')
    .executeTakeFirst();
  const steps = survey
    ? await db
        .selectFrom('ident_survey_step')
        .selectAll()
        .where('survey_id', '=', survey.id)
        .orderBy('step_no')
        .execute()
    : [];
  const signatures = survey
    ? await db
        .selectFrom('ident_survey_signature')
        .selectAll()
        .where('survey_id', '=', survey.id)
        .orderBy('signed_at')
        .execute()
    : [];
  const assessment = await db
    .selectFrom('ident_assessment')
    .selectAll()
    .where('household_id', '=', householdId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return {
    app: app ?? null,
    survey: survey ?? null,
    steps,
    signatures,
    assessment: assessment ?? null,
  };
}
