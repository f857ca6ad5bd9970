import { withTransaction } from '@bangfu/db';
import type { RecoveryOpen } from '@bangfu/domain';
import type { StaffContext } from './aid-errors';
import { type OpenedRecoveries, openRecoveries } from './open-recoveries';

/** A correction found by staff: every unreversed payment of the household becomes due. */
export function openCorrection({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: RecoveryOpen;
}): Promise<OpenedRecoveries> {
  return withTransaction(ctx.db, (trx) => openRecoveries(trx, ctx, input));
}
