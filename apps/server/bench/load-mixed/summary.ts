import { type LoadOutcome, type RequestType, STAFF_REQUESTS, WORKER_REQUESTS } from './workload';

export interface LoadRow {
  readonly type: RequestType | 'all staff' | 'all portal' | 'all';
  /** Answers with HTTP 200 (the latency samples). */
  readonly ok: number;
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  /** Other answers by HTTP status ('network' for a socket error). */
  readonly errors: Record<string, number>;
  /** GETs retried once after a reset on a reused keep-alive socket (not errors: they then answered). */
  readonly retried: number;
}

/** The q-quantile by linear interpolation between closest ranks, as in ../stats.ts. */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = sorted[Math.floor(pos)] ?? Number.NaN;
  const hi = sorted[Math.ceil(pos)] ?? Number.NaN;
  return lo + (hi - lo) * (pos - Math.floor(pos));
}

function row(type: LoadRow['type'], types: readonly string[], o: LoadOutcome): LoadRow {
  const sorted = types.flatMap((t) => o.samples[t] ?? []).sort((a, b) => a - b);
  const errors: Record<string, number> = {};
  for (const t of types) {
    for (const [status, n] of Object.entries(o.errors[t] ?? {})) errors[status] = (errors[status] ?? 0) + n;
  }
  return {
    type,
    ok: sorted.length,
    requestsPerSecond: sorted.length / o.seconds,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    p99: quantile(sorted, 0.99),
    errors,
    retried: types.reduce((s, t) => s + (o.retried[t] ?? 0), 0),
  };
}

/** One row per request type, then the staff, portal and overall totals. */
export function loadRows(o: LoadOutcome): LoadRow[] {
  return [
    ...STAFF_REQUESTS.map((t) => row(t, [t], o)),
    ...WORKER_REQUESTS.map((t) => row(t, [t], o)),
    row('all staff', STAFF_REQUESTS, o),
    row('all portal', WORKER_REQUESTS, o),
    row('all', [...STAFF_REQUESTS, ...WORKER_REQUESTS], o),
  ];
}

/** Staff and portal users mixed evenly, so the ramp-up favours neither. */
export function interleave<T>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = [];
  const step = (a.length + b.length) / Math.max(1, a.length);
  let ai = 0;
  for (let i = 0; i < a.length + b.length; i++) {
    const wantA = ai < a.length && i >= Math.floor(ai * step);
    const next = wantA ? a[ai++] : b[i - ai];
    if (next !== undefined) out.push(next);
  }
  return out;
}
