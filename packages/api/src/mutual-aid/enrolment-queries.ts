import type { Database } from '@bangfu/db';
import type { Transaction } from 'kysely';

/** The plans a person (by ID blind index, in any unit) holds in a scheme's term. */
export async function plansHeld(
  trx: Transaction<Database>,
  input: { bidx: string; schemeCode: string; termYear: number },
): Promise<string[]> {
  const rows = await trx
    .selectFrom('ma_enrolment as e')
    .innerJoin('ma_member as m', 'm.id', 'e.member_id')
    .select('e.plan_code')
    .where('m.id_number_bidx', '=', input.bidx)
    .where('e.scheme_code', '=', input.schemeCode)
    .where('e.term_year', '=', input.termYear)
    .where('e.status', '=', 'ACTIVE')
    .execute();
  return [...new Set(rows.map((r) => r.plan_code))];
}

/** How many of a unit's staff already hold a plan this term (for group-enrolment minimums). */
export async function unitEnrolledCount(
  trx: Transaction<Database>,
  input: { unitId: string; schemeCode: string; planCode: string; termYear: number },
): Promise<number> {
  const row = await trx
    .selectFrom('ma_enrolment')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('unit_id', '=', input.unitId)
    .where('scheme_code', '=', input.schemeCode)
    .where('plan_code', '=', input.planCode)
    .where('term_year', '=', input.termYear)
    .where('status', '=', 'ACTIVE')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
