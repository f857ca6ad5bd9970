import { say, throttled } from './progress';
import { type Stats, summarize } from './stats';

export interface TimedRun {
  readonly stats: Stats;
  readonly samples: number[];
}

/**
 * Runs `once` `warmup` times untimed, then `requests` times one after another, timing each call with
 * the monotonic clock. Sequential on purpose: this measures the latency of one request, not throughput.
 */
export async function timeSequential(
  label: string,
  once: () => Promise<void>,
  opts: { warmup: number; requests: number },
): Promise<TimedRun> {
  for (let i = 0; i < opts.warmup; i++) await once();
  const samples: number[] = [];
  const tick = throttled(5_000);
  const started = performance.now();
  for (let i = 0; i < opts.requests; i++) {
    const t0 = performance.now();
    await once();
    samples.push(performance.now() - t0);
    tick(false, () => say(`      ${label}: ${i + 1}/${opts.requests}`));
  }
  const stats = summarize(samples);
  const wall = ((performance.now() - started) / 1000).toFixed(1);
  say(
    `      ${label}: p50 ${stats.p50.toFixed(2)} ms, p95 ${stats.p95.toFixed(2)} ms (${stats.n} in ${wall} s)`,
  );
  return { stats, samples };
}
