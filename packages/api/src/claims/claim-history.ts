import type { Database } from '@bangfu/db';
import type { AdjudicationResult, Claim, ClaimHistory } from '@bangfu/domain';
import type { Transaction } from 'kysely';

/**
 * The member's earlier claims in the term under the same scheme, as adjudication needs them
 * (caps per term, the yearly deductible, once-only lump sums). Rejected claims paid nothing and
 * count for nothing; the rest count with what they were approved (or found payable) at.
 */
export async function loadClaimHistory(
  trx: Transaction<Database>,
  input: { memberId: string; schemeCode: string; termYear: number },
): Promise<ClaimHistory> {
  const rows = await trx
    .selectFrom('ma_claim')
    .select(['plan_code', 'payable_fen', 'approved_fen', 'body', 'adjudication', 'event_date'])
    .where('member_id', '=', input.memberId)
    .where('scheme_code', '=', input.schemeCode)
    .where('term_year', '=', input.termYear)
    .where('status', '<>', 'REJECTED')
    .orderBy('event_date')
    .orderBy('id')
    .execute();
  return rows.map((r) => {
    const icd10 = (r.body as Claim).icd10;
    return {
      planCode: r.plan_code,
      paidFen: Number(r.approved_fen ?? r.payable_fen),
      baseFen: (r.adjudication as AdjudicationResult).countedBaseFen ?? 0,
      date: r.event_date,
      ...(icd10 ? { icd10 } : {}),
    };
  });
}
