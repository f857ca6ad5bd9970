import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machineInfo } from './machine';
import { HelpRequested, parseBenchOptions, USAGE } from './options';
import { say } from './progress';
import { machineLines, resultTable } from './report';
import { type DatabaseResult, runDatabase } from './run-database';
import { type BenchTarget, pgliteTarget, postgresTarget } from './targets';

// bench/main.ts and its bundle dist/bench.mjs both sit two levels below the repository root's apps/.
const DEFAULT_OUT = fileURLToPath(new URL('../../../bench-results/', import.meta.url));

async function main(argv: string[]): Promise<number> {
  let opts: ReturnType<typeof parseBenchOptions>;
  try {
    opts = parseBenchOptions(argv);
  } catch (e) {
    process.stderr.write(e instanceof HelpRequested ? USAGE : `${(e as Error).message}\n\n${USAGE}`);
    return e instanceof HelpRequested ? 0 : 2;
  }
  const startedAt = new Date();
  const machine = machineInfo();
  say(`帮扶 bench — ${startedAt.toISOString()}`);
  say(machineLines(machine));
  say(
    `households ${opts.households.toLocaleString('en')}, seed ${opts.seed}, ` +
      `${opts.warmup} warm-up + ${opts.requests} timed requests per scenario and path` +
      `${opts.pgUrl ? '; PGlite and PostgreSQL' : '; PGlite only (add --pg <url> for PostgreSQL)'}`,
  );
  say(
    `phases: ${opts.phases.join(', ')}; kiosk load: ${opts.kioskConcurrency} concurrent clients × ` +
      `${opts.kioskSeconds} s per run; 送温暖 pays ${opts.festival} filed households; step walk ${opts.walk}`,
  );

  const makers: (() => Promise<BenchTarget>)[] = [pgliteTarget];
  if (opts.pgUrl) {
    const url = opts.pgUrl;
    makers.push(() => postgresTarget(url));
  }
  const results: DatabaseResult[] = [];
  for (const make of makers) {
    const target = await make();
    try {
      results.push(await runDatabase(target, opts));
    } finally {
      if (opts.keep) say(`  kept ${target.location}`);
      else {
        await target.cleanup();
        say(`  removed ${target.location}`);
      }
    }
  }

  say('\n== Results\n');
  say(machineLines(machine));
  for (const r of results) say(`\n${resultTable(r)}`);

  const outDir = resolve(opts.outDir ?? DEFAULT_OUT);
  await mkdir(outDir, { recursive: true });
  const file = join(outDir, `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  const { pgUrl, ...recorded } = opts;
  await writeFile(
    file,
    `${JSON.stringify({ startedAt, options: { ...recorded, pg: pgUrl !== null }, machine, results }, null, 2)}\n`,
  );
  say(`\nresult written to ${file}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const cause = error instanceof Error && error.cause ? `\ncaused by: ${String(error.cause)}` : '';
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}${cause}\n`,
    );
    process.exit(1);
  },
);
