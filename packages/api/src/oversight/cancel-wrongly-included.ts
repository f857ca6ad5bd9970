import type { Database } from '@bangfu/db';
import type { HouseholdStatus } from '@bangfu/domain';
import type { Transaction } from 'kysely';
import { openRecoveries } from '../aid/open-recoveries';
import { transitionHousehold } from '../identification/transition';
import { closeFile } from './close-file';
import type { StaffContext } from './oversight-context';

const ACTIVE_FILE: readonly HouseholdStatus[] = ['FILED', 'AIDED', 'UNDER_REVIEW'];

/**
 * 错评纠正: a file found wrongly included is reviewed and cancelled, and every payment made on it
 * is opened for recovery (追回), inside the caller's transaction. A file already ended is left as
 * it is (the finding still counts against those responsible).
 */
export async function cancelWronglyIncluded(
  trx: Transaction<Database>,
  ctx: StaffContext,
  input: {
    household: { id: string; status: HouseholdStatus; orgPath: string };
    itemId: string;
    reason: 'FALSE_INFORMATION' | 'EXCLUSION';
    note: string;
    today: string;
  },
): Promise<{ cancelled: boolean; recoveries: { count: number; totalFen: number } }> {
  const { household: h } = input;
  if (!ACTIVE_FILE.includes(h.status)) return { cancelled: false, recoveries: { count: 0, totalFen: 0 } };
  const payload = { source: 'SPOT_CHECK', spotCheckItemId: input.itemId, reason: input.reason };
  if (h.status !== 'UNDER_REVIEW') {
    await transitionHousehold(trx, ctx, { householdId: h.id, event: 'START_REVIEW', payload });
  }
  await transitionHousehold(trx, ctx, { householdId: h.id, event: 'CANCEL', note: input.note, payload });
  // A review already open for the file ends with this cancellation.
  await trx
    .updateTable('annual_review')
    .set((eb) => ({
      outcome: 'CANCEL',
      exit_reason: input.reason,
      completed_at: ctx.now(),
      completed_by: ctx.actor.userId,
      version: eb('version', '+', 1),
    }))
    .where('household_id', '=', h.id)
    .where('completed_at', 'is', null)
    .execute();
  await closeFile(trx, ctx, {
    householdId: h.id,
    orgPath: h.orgPath,
    type: 'CANCEL',
    reason: input.reason,
    effectiveDate: input.today,
    reportToHigher: true,
    note: input.note,
    followUpMonths: 0,
  });
  const recoveries = await openRecoveries(trx, ctx, {
    householdId: h.id,
    reason: `抽查错评 / spot check: wrongly included (${input.reason})`,
    source: 'SPOT_CHECK',
    sourceId: input.itemId,
  });
  return { cancelled: true, recoveries };
}
