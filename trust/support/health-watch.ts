/** Polls /healthz every `everyMs` and keeps (time, ok) samples, to time an outage from outside. */
export interface HealthWatch {
  samples: { at: number; ok: boolean }[];
  stop(): Promise<void>;
}

export function watchHealth(baseUrl: string, everyMs = 100): HealthWatch {
  const samples: { at: number; ok: boolean }[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const ok = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(5_000) }).then(
        (r) => r.ok,
        () => false,
      );
      samples.push({ at: Date.now(), ok });
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    samples,
    stop: async () => {
      running = false;
      await loop;
    },
  };
}

/** Waits until /healthz answers ok (the server was NOT restarted); returns when, or throws. */
export async function untilHealthy(
  watch: HealthWatch,
  since: number,
  alive: () => boolean,
  timeoutMs = 60_000,
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!alive()) throw new Error('the server process exited');
    const ok = watch.samples.find((s) => s.at >= since && s.ok);
    if (ok) return ok.at;
    if (Date.now() > deadline) throw new Error(`server not healthy ${timeoutMs} ms after the restart`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Failed health samples in [from, to]: proof the outage was seen by the server. */
export function failedSamples(watch: HealthWatch, from: number, to: number): number {
  return watch.samples.filter((s) => s.at >= from && s.at <= to && !s.ok).length;
}
