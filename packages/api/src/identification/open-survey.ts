import { type Database, newId } from '@bangfu/db';
import { surveyDueOn, surveyMethodFor } from '@bangfu/domain';
import type { Transaction } from 'kysely';
import { appendAudit } from '../audit/append-audit';
import { businessDate } from '../common/business-date';
import type { CaseHousehold } from './case-household';
import type { StaffContext } from './identification-errors';
import { loadIdentificationPolicy } from './identification-policy';
import { checkSurveyors } from './surveyors';

/**
 * Assigns checked surveyors to a new home survey, with the method and due date the current
 * policy sets for the household's union. Earlier surveys of the file are superseded.
 */
export async function openSurvey(
  trx: Transaction<Database>,
  ctx: StaffContext,
  input: { household: CaseHousehold; surveyorIds: readonly string[] },
) {
  const now = ctx.now();
  const h = input.household;
  const policy = await loadIdentificationPolicy(trx);
  const surveyorIds = await checkSurveyors(trx, {
    surveyorIds: input.surveyorIds,
    householdOrgPath: h.orgPath,
    min: policy.body.minSurveyors,
  });
  const method = surveyMethodFor(policy.body, h.orgCode);
  const dueOn = surveyDueOn(businessDate(now), policy.body.surveySlaDays);
  const superseded = await trx
    .updateTable('ident_survey')
    .set((eb) => ({ status: 'SUPERSEDED', version: eb('version', '+', 1) }))
    .where('household_id', '=', h.id)
    .where('status', '!=', 'SUPERSEDED')
    .returning('id')
    .execute();
  const surveyId = newId(now.getTime());
  await trx
    .insertInto('ident_survey')
    .values({
      id: surveyId,
      household_id: h.id,
      method,
      surveyor_ids: surveyorIds,
      assigned_by: ctx.actor.userId,
      assigned_at: now,
      due_on: dueOn,
      policy_version: policy.version,
      checklist: null,
    })
    .execute();
  await appendAudit(trx, ctx, {
    action: 'identification.survey.assign',
    entityType: 'ident_survey',
    entityId: surveyId,
    after: {
      householdId: h.id,
      method,
      surveyorIds,
      dueOn,
      policyVersion: policy.version,
      superseded: superseded.map((s) => s.id),
    },
  });
  return { surveyId, surveyorIds, method, dueOn };
}
