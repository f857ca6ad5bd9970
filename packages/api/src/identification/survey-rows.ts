import type { Database } from '@bangfu/db';
import { type HouseholdStatus, nextSixStep, type SurveyMethod } from '@bangfu/domain';
import type { Kysely, Transaction } from 'kysely';
import { subtreePattern } from '../common/scope';
import type { StaffActor } from '../context';
import { surveyNotFound, surveyStepOutOfOrder } from './identification-errors';

type Executor = Kysely<Database> | Transaction<Database>;

export interface SurveyRow {
  id: string;
  householdId: string;
  householdStatus: HouseholdStatus;
  method: SurveyMethod;
  surveyorIds: string[];
  status: string;
  checklist: unknown;
  version: number;
}

/** A survey of a household in the actor's subtree, locked with its household when asked. */
export async function getSurveyInScope(
  db: Executor,
  actor: StaffActor,
  input: { surveyId: string; forUpdate?: boolean },
): Promise<SurveyRow> {
  let q = db
    .selectFrom('ident_survey as s')
    .innerJoin('household as h', 'h.id', 's.household_id')
    .select(['s.id', 's.household_id', 'h.status as household_status', 's.method', 's.surveyor_ids'])
    .select(['s.status', 's.checklist', 's.version'])
    .where('s.id', '=', input.surveyId)
    .where('h.org_path', 'like', subtreePattern(actor.orgPath));
  if (input.forUpdate) q = q.forUpdate();
  const r = await q.executeTakeFirst();
  if (!r) throw surveyNotFound();
  return {
    id: r.id,
    householdId: r.household_id,
    householdStatus: r.household_status as HouseholdStatus,
    method: r.method as SurveyMethod,
    surveyorIds: r.surveyor_ids,
    status: r.status,
    checklist: r.checklist,
    version: r.version,
  };
}

/** The survey in progress of a household: the newest one still OPEN. */
export async function getOpenSurveyId(db: Executor, householdId: string): Promise<string | null> {
  const r = await db
    .selectFrom('ident_survey')
    .select('id')
    .where('household_id', '=', householdId)
    .where('status', '=', 'OPEN')
    .orderBy('assigned_at', 'desc')
    .executeTakeFirst();
  return r?.id ?? null;
}

/** Refuses work on a survey that is closed or whose file has moved on from SURVEYING. */
export function assertSurveyOpen(s: SurveyRow): void {
  if (s.status !== 'OPEN' || s.householdStatus !== 'SURVEYING') {
    throw surveyStepOutOfOrder(
      '该入户调查已结束,不能再修改',
      'This survey is closed and can no longer change',
      { surveyStatus: s.status, householdStatus: s.householdStatus },
    );
  }
}

export async function listSurveyStepCodes(db: Executor, surveyId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('ident_survey_step')
    .select('code')
    .where('survey_id', '=', surveyId)
    .orderBy('step_no')
    .execute();
  return rows.map((r) => r.code);
}

/** What the record still lacks before it can be signed: the checklist, or the next of six steps. */
export async function missingRecord(db: Executor, s: SurveyRow): Promise<string | null> {
  if (s.method === 'FOUR_LOOKS') return s.checklist == null ? 'CHECKLIST' : null;
  return nextSixStep(await listSurveyStepCodes(db, s.id));
}

export async function countSignatures(db: Executor, survey: SurveyRow): Promise<number> {
  const rows = await db
    .selectFrom('ident_survey_signature')
    .select('surveyor_id')
    .where('survey_id', '=', survey.id)
    .execute();
  return rows.filter((r) => survey.surveyorIds.includes(r.surveyor_id)).length;
}
