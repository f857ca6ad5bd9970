import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppServices } from '@bangfu/api';
import type { Database } from '@bangfu/db';
import type { Kysely } from 'kysely';
import { DEFAULT_KIOSK_HTTP_OPTIONS, type KioskHttpOptions } from '../src/http/kiosk-http-options';
import type { Logger } from '../src/logger';
import { BENCH_STATIC_PREFIX, startApp } from './app-server';
import { type LoadResult, runLoad } from './load-client';
import { say } from './progress';

/** The seeded province (Guizhou); fairs are picked among its divisions. */
const PROVINCE_PREFIX = '52';

/**
 * The kiosk's rate limit for the bench: every client of the load shares the loopback address and so
 * one token bucket, which the default budget (burst 60, 120/min) would empty in a few milliseconds.
 */
export const BENCH_KIOSK_RATE_LIMIT: KioskHttpOptions = {
  ratePerMinute: 1e12,
  burst: 1e12,
  maxClients: 10_000,
};

/** No timed run sends more than this many requests, whatever --kiosk-seconds says. */
const MAX_REQUESTS_PER_RUN = 2_000_000;
const WARMUP_SECONDS = 1;

export interface KioskLoadResult {
  readonly fairId: string;
  readonly fairName: string;
  /** Positions linked to the fair (fair_position), and those the kiosk lists today. */
  readonly fairPositions: number;
  readonly listedPositions: number;
  readonly bodyBytes: number;
  readonly rateLimit: KioskHttpOptions;
  readonly concurrency: number;
  readonly seconds: number;
  readonly kioskFull: LoadResult;
  readonly staticFull: LoadResult;
  readonly kiosk304: LoadResult;
  readonly static304: LoadResult;
  /** kiosk ÷ static: requests/s and p95, for the full body and for the 304 path. */
  readonly ratios: {
    readonly full: { readonly rps: number; readonly p95: number };
    readonly notModified: { readonly rps: number; readonly p95: number };
  };
}

/** The published fair of the province with the most positions (ties: the smallest id). */
async function largestPublishedFair(db: Kysely<Database>) {
  const row = await db
    .selectFrom('job_fair as f')
    .innerJoin('fair_position as fp', 'fp.fair_id', 'f.id')
    .select(['f.id', 'f.name', (eb) => eb.fn.countAll<string>().as('positions')])
    .where('f.status', '=', 'PUBLISHED')
    .where('f.division_code', 'like', `${PROVINCE_PREFIX}%`)
    .groupBy(['f.id', 'f.name'])
    .orderBy('positions', 'desc')
    .orderBy('f.id')
    .limit(1)
    .executeTakeFirst();
  if (!row) throw new Error('kiosk load: the seed has no published fair with positions');
  return { id: row.id, name: row.name, positions: Number(row.positions) };
}

const ratio = (a: number, b: number) => a / b;

/**
 * The kiosk's fair listing under concurrent load, full body and 304, each next to a static file of
 * the same size served by the same Express app.
 */
export async function measureKioskLoad(input: {
  services: AppServices;
  logger: Logger;
  concurrency: number;
  seconds: number;
}): Promise<KioskLoadResult> {
  const fair = await largestPublishedFair(input.services.db);
  const dir = await mkdtemp(join(tmpdir(), 'bangfu-bench-static-'));
  const app = await startApp(input.services, input.logger, {
    kiosk: BENCH_KIOSK_RATE_LIMIT,
    staticDir: dir,
  });
  try {
    const fairUrl = `${app.base}/trpc/kiosk.fair?input=${encodeURIComponent(JSON.stringify({ fairId: fair.id }))}`;
    const first = await fetch(fairUrl);
    const body = Buffer.from(await first.arrayBuffer());
    const etag = first.headers.get('etag');
    if (first.status !== 200 || !etag) {
      throw new Error(`kiosk.fair: HTTP ${first.status} ${body.toString('utf8').slice(0, 300)}`);
    }
    const listed = (JSON.parse(body.toString('utf8')) as { result: { data: { positions: unknown[] } } })
      .result.data.positions.length;
    // Same bytes as the kiosk's answer, so the two differ only in how the body is produced.
    await writeFile(join(dir, 'kiosk-fair.json'), body);
    const staticUrl = `${app.base}${BENCH_STATIC_PREFIX}/kiosk-fair.json`;
    const probe = await fetch(staticUrl);
    const staticBytes = (await probe.arrayBuffer()).byteLength;
    const staticEtag = probe.headers.get('etag');
    if (probe.status !== 200 || staticBytes !== body.length || !staticEtag) {
      throw new Error(`static probe: HTTP ${probe.status}, ${staticBytes} bytes, etag ${staticEtag}`);
    }
    say(
      `  kiosk load: fair ${fair.id} "${fair.name}" (${fair.positions} positions, ${listed} listed today), ` +
        `body ${body.length.toLocaleString('en')} bytes; ${input.concurrency} clients × ${input.seconds} s per run ` +
        `after ${WARMUP_SECONDS} s warm-up; kiosk rate limit raised for the bench to burst ${BENCH_KIOSK_RATE_LIMIT.burst}, ` +
        `${BENCH_KIOSK_RATE_LIMIT.ratePerMinute}/min (createHttpApp's kiosk option; the default is burst ${DEFAULT_KIOSK_HTTP_OPTIONS.burst}, ${DEFAULT_KIOSK_HTTP_OPTIONS.ratePerMinute}/min)`,
    );
    const common = {
      concurrency: input.concurrency,
      seconds: input.seconds,
      warmupSeconds: WARMUP_SECONDS,
      maxRequests: MAX_REQUESTS_PER_RUN,
    };
    const kioskFull = await runLoad({
      ...common,
      label: 'kiosk.fair, full body',
      url: fairUrl,
      expectStatus: 200,
      expectBytes: body.length,
    });
    const staticFull = await runLoad({
      ...common,
      label: 'static file, full body',
      url: staticUrl,
      expectStatus: 200,
      expectBytes: body.length,
    });
    const kiosk304 = await runLoad({
      ...common,
      label: 'kiosk.fair, If-None-Match (304)',
      url: fairUrl,
      headers: { 'if-none-match': etag },
      expectStatus: 304,
      expectBytes: 0,
    });
    const static304 = await runLoad({
      ...common,
      label: 'static file, If-None-Match (304)',
      url: staticUrl,
      headers: { 'if-none-match': staticEtag },
      expectStatus: 304,
      expectBytes: 0,
    });
    return {
      fairId: fair.id,
      fairName: fair.name,
      fairPositions: fair.positions,
      listedPositions: listed,
      bodyBytes: body.length,
      rateLimit: BENCH_KIOSK_RATE_LIMIT,
      concurrency: input.concurrency,
      seconds: input.seconds,
      kioskFull,
      staticFull,
      kiosk304,
      static304,
      ratios: {
        full: {
          rps: ratio(kioskFull.requestsPerSecond, staticFull.requestsPerSecond),
          p95: ratio(kioskFull.latency.p95, staticFull.latency.p95),
        },
        notModified: {
          rps: ratio(kiosk304.requestsPerSecond, static304.requestsPerSecond),
          p95: ratio(kiosk304.latency.p95, static304.latency.p95),
        },
      },
    };
  } finally {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  }
}
