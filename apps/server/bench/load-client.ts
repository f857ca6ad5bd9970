import { Agent, request } from 'node:http';
import { say } from './progress';
import { type Stats, summarize } from './stats';

export interface LoadResult {
  readonly label: string;
  readonly concurrency: number;
  /** Wall-clock seconds of the timed run, from the first request to the last answer. */
  readonly seconds: number;
  /** Answers with the expected status and size (the latency samples). */
  readonly ok: number;
  /** Wrong status, wrong body size, or a network error. */
  readonly errors: number;
  readonly requestsPerSecond: number;
  readonly latency: Stats;
  /** Whether the run stopped on the request cap instead of the clock. */
  readonly cappedByCount: boolean;
}

export interface LoadSpec {
  readonly label: string;
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly expectStatus: number;
  /** Body bytes an answer must have (0 for a 304). */
  readonly expectBytes: number;
  readonly concurrency: number;
  readonly seconds: number;
  /** Untimed seconds at the same concurrency before the timed run (connections opened, JIT warm). */
  readonly warmupSeconds: number;
  /** Hard cap on timed requests, whatever the clock says. */
  readonly maxRequests: number;
}

interface Answer {
  status: number;
  bytes: number;
}

/** One GET on a keep-alive agent; the body is read to the end and counted, not kept. */
function get(url: URL, headers: Readonly<Record<string, string>>, agent: Agent): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers, method: 'GET' }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * `concurrency` clients in this process, each sending its next request as soon as the previous
 * answer is read, for `seconds` (and at most `maxRequests` in all). Node's http with a keep-alive
 * agent of `concurrency` sockets: lighter on the shared event loop than fetch.
 */
export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const url = new URL(spec.url);
  const headers = spec.headers ?? {};
  const agent = new Agent({ keepAlive: true, maxSockets: spec.concurrency });
  try {
    const phase = async (seconds: number, cap: number, record: boolean) => {
      const samples: number[] = [];
      let errors = 0;
      let started = 0;
      let firstError = '';
      const deadline = performance.now() + seconds * 1000;
      const worker = async () => {
        while (started < cap && performance.now() < deadline) {
          started++;
          const t0 = performance.now();
          try {
            const a = await get(url, headers, agent);
            const dt = performance.now() - t0;
            if (a.status === spec.expectStatus && a.bytes === spec.expectBytes) {
              if (record) samples.push(dt);
            } else {
              errors++;
              firstError ||= `HTTP ${a.status}, ${a.bytes} bytes`;
            }
          } catch (e) {
            errors++;
            firstError ||= String((e as Error).message);
          }
        }
      };
      const t0 = performance.now();
      await Promise.all(Array.from({ length: spec.concurrency }, worker));
      return { samples, errors, started, firstError, seconds: (performance.now() - t0) / 1000 };
    };
    await phase(spec.warmupSeconds, spec.maxRequests, false);
    const run = await phase(spec.seconds, spec.maxRequests, true);
    if (run.samples.length === 0) throw new Error(`${spec.label}: no successful answer (${run.firstError})`);
    const latency = summarize(run.samples);
    const result: LoadResult = {
      label: spec.label,
      concurrency: spec.concurrency,
      seconds: run.seconds,
      ok: run.samples.length,
      errors: run.errors,
      requestsPerSecond: run.samples.length / run.seconds,
      latency,
      cappedByCount: run.started >= spec.maxRequests,
    };
    say(
      `      ${spec.label}: ${Math.round(result.requestsPerSecond).toLocaleString('en')} req/s, ` +
        `p50 ${latency.p50.toFixed(2)} ms, p95 ${latency.p95.toFixed(2)} ms, ` +
        `${result.ok.toLocaleString('en')} ok, ${result.errors} errors in ${result.seconds.toFixed(1)} s` +
        `${run.firstError ? ` (first error: ${run.firstError})` : ''}${result.cappedByCount ? ' (request cap reached)' : ''}`,
    );
    return result;
  } finally {
    agent.destroy();
  }
}
