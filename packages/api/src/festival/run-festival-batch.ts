import { withTransaction } from '@bangfu/db';
import { isDomainError } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { getCampaignInScope, updateCampaign } from './campaign-rows';
import { requireCampaignStatus, type StaffContext } from './festival-errors';
import { type CampaignProgress, campaignProgress } from './list-campaigns';
import { payChunk } from './pay-chunk';

export const DEFAULT_CHUNK_SIZE = 500;

export interface BatchOptions {
  chunkSize?: number;
  /** Called after each committed chunk; throwing stops the run (tests use it to simulate a crash). */
  onChunk?: (progress: CampaignProgress, chunk: number) => void | Promise<void>;
}

/**
 * 批量发放: pays an approved campaign chunk by chunk until none is left, and returns the final
 * progress. Safe to call again after any failure or crash: only LISTED items are paid, each
 * chunk commits with its items marked PAID, and the ledger key refuses a second payment anyway.
 */
export async function runFestivalBatch(
  ctx: StaffContext,
  campaignId: string,
  options: BatchOptions = {},
): Promise<CampaignProgress> {
  const started = await startPaying(ctx, campaignId);
  if (started === 'PAID') return campaignProgress({ ctx, input: { campaignId } });
  return payRemaining(ctx, campaignId, options);
}

/** The chunks of a PAYING campaign until none is left; a failure is kept on the campaign, then rethrown. */
export async function payRemaining(
  ctx: StaffContext,
  campaignId: string,
  options: BatchOptions = {},
): Promise<CampaignProgress> {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  try {
    for (let chunk = 1; ; chunk++) {
      const { done } = await payChunk(ctx, campaignId, chunkSize);
      if (done) break;
      await options.onChunk?.(await campaignProgress({ ctx, input: { campaignId } }), chunk);
    }
  } catch (error) {
    await recordLastError(ctx, campaignId, error);
    throw error;
  }
  return campaignProgress({ ctx, input: { campaignId } });
}

/** APPROVED → PAYING (or resumes a PAYING run); a PAID campaign has nothing left to do. */
export async function startPaying(ctx: StaffContext, campaignId: string): Promise<'PAYING' | 'PAID'> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const c = await getCampaignInScope(trx, {
      id: campaignId,
      scopePath: ctx.actor.orgPath,
      forUpdate: true,
    });
    if (c.status === 'PAID') return 'PAID';
    requireCampaignStatus(c.status, ['APPROVED', 'PAYING']);
    await updateCampaign(trx, {
      id: c.id,
      version: c.version,
      set: { status: 'PAYING', last_error: null, updated_at: now },
    });
    await appendAudit(trx, ctx, {
      action: c.status === 'APPROVED' ? 'festival.pay.start' : 'festival.pay.resume',
      entityType: 'festival_campaign',
      entityId: c.id,
      before: { status: c.status, paidCount: c.paid_count },
      after: { status: 'PAYING' },
    });
    return 'PAYING';
  });
}

/** Keeps why a run stopped on the campaign for the pay screen; never hides the original error. */
async function recordLastError(ctx: StaffContext, campaignId: string, error: unknown): Promise<void> {
  const message = isDomainError(error)
    ? `${error.code}: ${error.messages.zh} / ${error.messages.en}`
    : String(error instanceof Error ? error.message : error);
  try {
    await withTransaction(ctx.db, async (trx) => {
      const c = await getCampaignInScope(trx, {
        id: campaignId,
        scopePath: ctx.actor.orgPath,
        forUpdate: true,
      });
      await updateCampaign(trx, {
        id: c.id,
        version: c.version,
        set: { last_error: message.slice(0, 1000), updated_at: ctx.now() },
      });
      await appendAudit(trx, ctx, {
        action: 'festival.pay.stopped',
        entityType: 'festival_campaign',
        entityId: c.id,
        after: { paidCount: c.paid_count, error: message.slice(0, 1000) },
      });
    });
  } catch {
    // The run already failed; the original error is the one to report.
  }
}
