import { inBackground } from '@bangfu/db';
import type { StaffContext } from './festival-errors';
import { isFestivalRunning, startFestivalRun } from './festival-runs';
import { type CampaignProgress, campaignProgress } from './list-campaigns';
import { payRemaining, startPaying } from './run-festival-batch';

/**
 * festival.pay at province scale: checks and marks the campaign PAYING (one transaction, audited),
 * starts the chunks in the background and returns at once; the pay screen polls the progress.
 * A call while this process is already paying the campaign only reports progress.
 */
export async function startFestivalPay(ctx: StaffContext, campaignId: string): Promise<CampaignProgress> {
  if (isFestivalRunning(campaignId)) return campaignProgress({ ctx, input: { campaignId } });
  const started = await startPaying(ctx, campaignId);
  if (started === 'PAYING')
    startFestivalRun(campaignId, () => inBackground(() => payRemaining(ctx, campaignId)));
  return campaignProgress({ ctx, input: { campaignId } });
}
