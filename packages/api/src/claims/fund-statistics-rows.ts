import type { Database } from '@bangfu/db';
import type { Kysely } from 'kysely';
import { subtreePattern } from '../common/scope';

/** What every statistics query filters on: the scope's subtree, one term year, maybe one scheme. */
export interface StatisticsFilter {
  readonly path: string;
  readonly year: number;
  readonly schemeCode: string | null;
}

/** Units and members enrolled, per scheme and the unit's county. */
export async function countEnrolled(db: Kysely<Database>, f: StatisticsFilter) {
  let q = db
    .selectFrom('ma_enrolment as e')
    .innerJoin('ma_unit as u', 'u.id', 'e.unit_id')
    .select((eb) => [
      'e.scheme_code as scheme',
      'u.division_code as region',
      eb.fn.count<number>('e.unit_id').distinct().as('units'),
      eb.fn.count<number>('e.member_id').distinct().as('members'),
    ])
    .where('e.term_year', '=', f.year)
    .where('e.org_path', 'like', subtreePattern(f.path))
    .groupBy(['e.scheme_code', 'u.division_code']);
  if (f.schemeCode) q = q.where('e.scheme_code', '=', f.schemeCode);
  return q.execute();
}

/** Contributions due and raised (paid in), per scheme, county and payer. */
export async function sumContributions(db: Kysely<Database>, f: StatisticsFilter) {
  let q = db
    .selectFrom('ma_contribution as c')
    .innerJoin('ma_enrolment as e', 'e.id', 'c.enrolment_id')
    .innerJoin('ma_unit as u', 'u.id', 'e.unit_id')
    .select((eb) => [
      'e.scheme_code as scheme',
      'u.division_code as region',
      'c.payer as payer',
      eb.fn.sum<number>('c.amount_fen').as('due'),
      eb.fn.sum<number>('c.paid_fen').as('raised'),
    ])
    .where('e.term_year', '=', f.year)
    .where('e.org_path', 'like', subtreePattern(f.path))
    .groupBy(['e.scheme_code', 'u.division_code', 'c.payer']);
  if (f.schemeCode) q = q.where('e.scheme_code', '=', f.schemeCode);
  return q.execute();
}

/** Claims filed, and what the fund ledger paid on them: recipients and amounts. */
export async function sumClaims(db: Kysely<Database>, f: StatisticsFilter) {
  let q = db
    .selectFrom('ma_claim as cl')
    .innerJoin('ma_enrolment as e', 'e.id', 'cl.enrolment_id')
    .innerJoin('ma_unit as u', 'u.id', 'e.unit_id')
    .leftJoin('ma_fund_entry as fe', (j) =>
      j.onRef('fe.claim_id', '=', 'cl.id').on('fe.kind', '=', 'CLAIM_PAYOUT'),
    )
    .select((eb) => [
      'cl.scheme_code as scheme',
      'u.division_code as region',
      eb.fn.count<number>('cl.id').as('claims'),
      eb.fn.count<number>('fe.member_id').distinct().as('recipients'),
      eb.fn.count<number>('fe.id').as('paidClaims'),
      eb.fn.coalesce(eb.fn.sum<number>('fe.amount_fen'), eb.lit(0)).as('paid'),
    ])
    .where('cl.term_year', '=', f.year)
    .where('cl.org_path', 'like', subtreePattern(f.path))
    .groupBy(['cl.scheme_code', 'u.division_code']);
  if (f.schemeCode) q = q.where('cl.scheme_code', '=', f.schemeCode);
  return q.execute();
}
