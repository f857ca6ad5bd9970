import { parseArgs } from 'node:util';
import type { FestivalScope } from './ident-aid/festival-batch';

/** The bench's phases after the seed, in the order they run; `--phases` picks some. */
export const PHASES = [
  'search',
  'kiosk',
  'ranking',
  'mutual-aid',
  'dashboards',
  'ident-aid',
  'household-import',
  'load',
] as const;
export type Phase = (typeof PHASES)[number];

/** What `pnpm bench` was asked to do. The one bench file that reads process.env. */
export interface BenchOptions {
  readonly households: number;
  readonly seed: number;
  readonly requests: number;
  readonly warmup: number;
  readonly deepPages: number;
  /** A PostgreSQL server to bench besides PGlite; a fresh database is created on it and dropped. */
  readonly pgUrl: string | null;
  /** Print each scenario's EXPLAIN ANALYZE (always stored in the JSON result). */
  readonly explain: boolean;
  /** Where the JSON result goes; a folder. */
  readonly outDir: string | null;
  /** Leave the seeded PGlite folder and PostgreSQL database in place, for EXPLAIN experiments. */
  readonly keep: boolean;
  /** Concurrent clients of the kiosk fair-listing load (and of the static file next to it). */
  readonly kioskConcurrency: number;
  /** Seconds each kiosk and static load run lasts. */
  readonly kioskSeconds: number;
  /** Which phases run after the seed (all by default). */
  readonly phases: readonly Phase[];
  /** Timed calls of each ledger-balances scenario. */
  readonly aidRequests: number;
  /** Who the province 送温暖 campaign pays: filed 低保 households, or every filed household. */
  readonly festival: FestivalScope;
  /** Fresh households the step walk takes from DRAFT to FILED. */
  readonly walk: number;
  /** Seconds of the mixed staff + portal load (phase 'load'). */
  readonly loadSeconds: number;
}

export const USAGE = `pnpm bench [-- options]
  --households N   synthetic households to seed (default 197392, the 2016 Guizhou province)
  --seed S         generator seed (default 2016)
  --requests K     timed requests per scenario and per path (default 200)
  --warmup W       untimed requests before each timed run (default 20)
  --deep-pages P   page number timed by the deep-page scenario (default 50)
  --pg URL         also bench a PostgreSQL server (or set BENCH_DATABASE_URL); a fresh database
                   bangfu_bench_<random> is created there and dropped at the end
  --explain        print EXPLAIN (ANALYZE, BUFFERS) of every scenario's query
  --out DIR        folder for the JSON result (default <repo>/bench-results)
  --keep           keep the seeded PGlite folder and PostgreSQL database (drop them yourself)
  --kiosk-concurrency C
                   concurrent clients of GET /trpc/kiosk.fair and of the static file (default 50)
  --kiosk-seconds D
                   seconds per kiosk / static load run, four runs per database (default 10)
  --phases LIST    comma-separated phases after the seed (default all): ${PHASES.join(',')}
  --aid-requests K timed calls per ledger-balances scenario (default 20)
  --festival WHO   the province 送温暖 campaign pays filed 'dibao' households (default) or 'all' filed
  --walk K         fresh households walked DRAFT → FILED by the step scenario (default 500)
  --load-seconds D seconds of the mixed load: 200 staff sessions + 1,000 portal users (default 60)
`;

function whole(name: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < min) throw new Error(`--${name} must be a whole number ≥ ${min}`);
  return n;
}

export function parseBenchOptions(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): BenchOptions {
  // `pnpm bench -- --pg …` may hand the separator through; it is not an argument.
  const args = argv[0] === '--' ? argv.slice(1) : [...argv];
  const { values } = parseArgs({
    args,
    options: {
      households: { type: 'string' },
      seed: { type: 'string' },
      requests: { type: 'string' },
      warmup: { type: 'string' },
      'deep-pages': { type: 'string' },
      pg: { type: 'string' },
      explain: { type: 'boolean', default: false },
      out: { type: 'string' },
      keep: { type: 'boolean', default: false },
      'kiosk-concurrency': { type: 'string' },
      'kiosk-seconds': { type: 'string' },
      phases: { type: 'string' },
      'aid-requests': { type: 'string' },
      festival: { type: 'string' },
      walk: { type: 'string' },
      'load-seconds': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) throw new HelpRequested();
  const pgUrl = values.pg ?? env.BENCH_DATABASE_URL ?? null;
  return {
    households: whole('households', values.households, 197_392, 1),
    seed: whole('seed', values.seed, 2016, 0),
    requests: whole('requests', values.requests, 200, 1),
    warmup: whole('warmup', values.warmup, 20, 0),
    deepPages: whole('deep-pages', values['deep-pages'], 50, 2),
    pgUrl: pgUrl === '' ? null : pgUrl,
    explain: values.explain,
    outDir: values.out ?? null,
    keep: values.keep,
    kioskConcurrency: whole('kiosk-concurrency', values['kiosk-concurrency'], 50, 1),
    kioskSeconds: whole('kiosk-seconds', values['kiosk-seconds'], 10, 1),
    phases: parsePhases(values.phases),
    aidRequests: whole('aid-requests', values['aid-requests'], 20, 1),
    festival: parseFestival(values.festival),
    walk: whole('walk', values.walk, 500, 1),
    loadSeconds: whole('load-seconds', values['load-seconds'], 60, 1),
  };
}

function parsePhases(raw: string | undefined): Phase[] {
  if (raw === undefined) return [...PHASES];
  const picked = raw.split(',').map((p) => p.trim());
  const unknown = picked.filter((p) => !(PHASES as readonly string[]).includes(p));
  if (unknown.length > 0)
    throw new Error(`--phases: unknown ${unknown.join(', ')} (known: ${PHASES.join(', ')})`);
  return PHASES.filter((p) => picked.includes(p));
}

function parseFestival(raw: string | undefined): FestivalScope {
  if (raw === undefined || raw === 'dibao' || raw === 'all') return raw ?? 'dibao';
  throw new Error("--festival must be 'dibao' or 'all'");
}

export class HelpRequested extends Error {
  constructor() {
    super('help requested');
  }
}
