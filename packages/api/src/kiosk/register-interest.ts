import { getFair, incrementFairInterest, isPositionInFair, withTransaction } from '@bangfu/db';
import type { Context } from '../context';
import { fairNotFound, positionNotFound } from '../employment/employment-errors';

/**
 * 意向登记: a visitor taps "interested" on a kiosk. An anonymous counter of a published fair's
 * position, so no personal data is taken and no audit event is written (see the ADR): the count
 * is statistics, and a hash-chained event per tap would serialise a busy fair on the audit lock.
 */
export async function registerInterest({
  ctx,
  input,
}: {
  ctx: Context;
  input: { fairId: string; positionId: string };
}): Promise<{ count: number }> {
  return withTransaction(ctx.db, async (trx) => {
    const fair = await getFair(trx, { id: input.fairId, status: 'PUBLISHED' });
    if (!fair) throw fairNotFound();
    if (!(await isPositionInFair(trx, input))) throw positionNotFound();
    return { count: await incrementFairInterest(trx, input) };
  });
}
