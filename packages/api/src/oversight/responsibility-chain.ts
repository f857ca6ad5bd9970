import type { Database } from '@bangfu/db';
import type { Kysely, Transaction } from 'kysely';

export interface ResponsibilityChain {
  /** 谁调查: the surveyors of the last home survey (START_SURVEY payload). */
  surveyorIds: string[];
  /** 谁登记: who opened the file. */
  registrarId: string | null;
  /** 谁审核: who approved it (APPROVE step). */
  reviewerId: string | null;
}

export function surveyorsOf(payload: unknown): string[] {
  const ids = (payload as { surveyorIds?: unknown } | null)?.surveyorIds;
  return Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : [];
}

/** The people of record behind a file, read from its timeline (brief §3.2: 谁调查、谁登记、谁审核). */
export async function responsibilityChain(
  db: Kysely<Database> | Transaction<Database>,
  household: { id: string; createdBy: string | null },
): Promise<ResponsibilityChain> {
  const steps = await db
    .selectFrom('ident_step')
    .select(['event', 'actor_id', 'payload'])
    .where('household_id', '=', household.id)
    .where('event', 'in', ['START_SURVEY', 'APPROVE'])
    .orderBy('seq', 'desc')
    .execute();
  const survey = steps.find((s) => s.event === 'START_SURVEY');
  const approval = steps.find((s) => s.event === 'APPROVE');
  return {
    surveyorIds: survey ? surveyorsOf(survey.payload) : [],
    registrarId: household.createdBy,
    reviewerId: approval?.actor_id ?? null,
  };
}
