import { ClaimStatus, type Label } from '@bangfu/domain';
import type { WorkerContext } from '../portal/worker/worker-context';
import { explainStored } from './claim-dto';

export interface MyClaimDto {
  id: string;
  planCode: string;
  eventDate: string;
  status: Label;
  payableFen: number;
  paidFen: number | null;
  paidOn: string | null;
  /** How the amount came about, in plain words. */
  explanation: Label;
}

/**
 * The worker's own household's claims (of members now linked to the session's household),
 * newest first. Only what the worker needs to read: no reviewer ids, no internal notes.
 */
export async function myClaims(ctx: WorkerContext): Promise<{ items: MyClaimDto[] }> {
  const rows = await ctx.db
    .selectFrom('ma_claim as c')
    .innerJoin('ma_member as m', 'm.id', 'c.member_id')
    .select([
      'c.id',
      'c.plan_code',
      'c.event_date',
      'c.status',
      'c.payable_fen',
      'c.approved_fen',
      'c.paid_on',
    ])
    .select('c.adjudication')
    .where('m.household_id', '=', ctx.worker.householdId)
    .orderBy('c.id', 'desc')
    .limit(200)
    .execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      planCode: r.plan_code,
      eventDate: r.event_date,
      status: ClaimStatus.labels[r.status as ClaimStatus],
      payableFen: Number(r.payable_fen),
      paidFen: r.status === 'PAID' ? Number(r.approved_fen) : null,
      paidOn: r.paid_on,
      explanation: explainStored(r.adjudication),
    })),
  };
}
