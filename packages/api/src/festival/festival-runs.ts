/**
 * 送温暖 batches running in this server process, one per campaign, so a second `pay` while a batch
 * runs starts nothing new. Across processes the campaign row lock and the ledger key still make
 * each household paid once; a batch cut short by a restart is resumed by calling `pay` again.
 */
const running = new Map<string, Promise<void>>();

/** Starts `run` unless a batch of this campaign is already running here; true when it started. */
export function startFestivalRun(campaignId: string, run: () => Promise<unknown>): boolean {
  if (running.has(campaignId)) return false;
  const settled = run()
    // The batch keeps why it stopped on the campaign (lastError), which the pay screen polls.
    .then(
      () => undefined,
      () => undefined,
    )
    .finally(() => running.delete(campaignId));
  running.set(campaignId, settled);
  return true;
}

export function isFestivalRunning(campaignId: string): boolean {
  return running.has(campaignId);
}

/** Resolves once the campaign's batch (if any) has stopped; tests and shutdown wait on it. */
export function festivalRunSettled(campaignId: string): Promise<void> {
  return running.get(campaignId) ?? Promise.resolve();
}
