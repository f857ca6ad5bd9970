import type { Database } from '@bangfu/db';
import {
  type AidProgramme,
  DEFAULT_IDENTIFICATION_POLICY,
  dibaoLineFor,
  type HouseholdAidFacts,
  IDENTIFICATION_POLICY_KIND,
  IdentificationPolicySchema,
  type SchoolStage,
  type YearToDate,
} from '@bangfu/domain';
import { sql, type Transaction } from 'kysely';
import { loadPolicy } from '../policies/load-policy';
import type { AidHousehold } from './lock-household';

/** Students whose schooling 助学 pays for (brief §6.2: senior secondary and higher). */
const AIDED_STAGES: readonly SchoolStage[] = [
  'SENIOR',
  'VOCATIONAL',
  'COLLEGE',
  'UNDERGRADUATE',
  'POSTGRADUATE',
];

/**
 * What the programme rules need to know about a household, with the L they used. L comes from
 * the identification policy (one line per county and year), not from the aid policy.
 */
export async function householdAidFacts(
  trx: Transaction<Database>,
  household: AidHousehold,
  asOf: string,
): Promise<{
  facts: HouseholdAidFacts;
  dibaoLine: { monthlyFen: number; from: string; policyVersion: number } | null;
}> {
  const students = await trx
    .selectFrom('household_member')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('household_id', '=', household.id)
    .where('school_stage', 'in', [...AIDED_STAGES])
    .executeTakeFirstOrThrow();
  const policy = await loadPolicy(
    trx,
    IDENTIFICATION_POLICY_KIND,
    IdentificationPolicySchema,
    DEFAULT_IDENTIFICATION_POLICY,
    asOf,
  );
  const line = dibaoLineFor(policy.body, household.divisionCode, Number(asOf.slice(0, 4)));
  return {
    facts: {
      category: household.category,
      memberCount: household.memberCount,
      studentCount: Number(students.n),
      dibaoLineFen: line?.monthlyFen ?? null,
    },
    dibaoLine: line ? { ...line, policyVersion: policy.version } : null,
  };
}

/**
 * Net money per programme in the calendar year of `asOf`: ledger payments minus recoveries, plus
 * requests approved or waiting that are not paid yet (so two requests cannot each fit the cap).
 */
export async function yearToDate(
  trx: Transaction<Database>,
  householdId: string,
  asOf: string,
): Promise<YearToDate> {
  const year = asOf.slice(0, 4);
  const [from, to] = [`${year}-01-01`, `${year}-12-31`];
  const ledger = await trx
    .selectFrom('aid_ledger_entry')
    .select(['programme', sql<string>`sum(amount_fen)`.as('net')])
    .where('household_id', '=', householdId)
    .where('paid_on', '>=', from)
    .where('paid_on', '<=', to)
    .groupBy('programme')
    .execute();
  const open = await trx
    .selectFrom('aid_request')
    .select(['programme', sql<string>`sum(amount_fen)`.as('net')])
    .where('household_id', '=', householdId)
    .where('status', 'in', ['PENDING_APPROVAL', 'APPROVED'])
    .where('paid_on', '>=', from)
    .where('paid_on', '<=', to)
    .groupBy('programme')
    .execute();
  const out: Partial<Record<AidProgramme, number>> = {};
  for (const r of [...ledger, ...open]) {
    const p = r.programme as AidProgramme;
    out[p] = (out[p] ?? 0) + Number(r.net);
  }
  return out;
}
