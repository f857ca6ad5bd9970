#!/usr/bin/env node
// The README's two commands land here: `npm start` and `npm test`. They must work on a machine
// that has only Node.js 20 and npm, so this script brings pnpm itself (the version pinned in
// package.json) and installs, builds and runs everything else.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pnpmVersion = pkg.packageManager.split('@')[1];

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...opts.env } });
  if (r.error) throw r.error;
  return r.status ?? 1;
}
function must(cmd, args, opts) {
  const code = run(cmd, args, opts);
  if (code !== 0) {
    console.error(`\n✗ ${cmd} ${args.join(' ')} exited with ${code}`);
    process.exit(code);
  }
}

function pnpmCommand() {
  const r = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (r.status === 0 && r.stdout.trim() === pnpmVersion) return ['pnpm', []];
  return ['npx', ['--yes', `pnpm@${pnpmVersion}`]];
}
const [pnpmBin, pnpmPre] = pnpmCommand();
const pnpm = (...args) => must(pnpmBin, [...pnpmPre, ...args]);

function installAndBuild() {
  pnpm('install', '--frozen-lockfile');
  pnpm('exec', 'turbo', 'run', 'build', '--output-logs=errors-only');
}

function summarize(files) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const f of files) {
    if (!existsSync(f)) continue;
    const r = JSON.parse(readFileSync(f, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += r.numPendingTests + r.numTodoTests;
  }
  return { passed, failed, skipped };
}

const command = process.argv[2];
if (command === 'start') {
  installAndBuild();
  process.exit(run('node', ['apps/server/dist/main.mjs', 'start', ...process.argv.slice(3)]));
} else if (command === 'test') {
  installAndBuild();
  const out = join(root, '.test-results');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  pnpm('exec', 'biome', 'check', '.');
  pnpm('exec', 'turbo', 'run', 'typecheck', '--output-logs=errors-only');
  if (!process.env.TEST_DATABASE_URL) {
    console.log(
      '\nTEST_DATABASE_URL is not set: the suite runs on embedded PGlite only (.ci/run adds PostgreSQL).\n',
    );
  }
  /** Like run, but the child's stdout and stderr also go, as they arrive, to one log file. */
  function runLogged(cmd, args, logFile) {
    const file = createWriteStream(logFile);
    // Piped output is not a terminal: keep the colours a terminal would show (the scan strips them).
    const color = process.stdout.isTTY ? { FORCE_COLOR: '1' } : {};
    const child = spawn(cmd, args, {
      cwd: root,
      stdio: ['inherit', 'pipe', 'pipe'],
      env: { ...process.env, ...color },
    });
    child.stdout.on('data', (d) => {
      process.stdout.write(d);
      file.write(d);
    });
    child.stderr.on('data', (d) => {
      process.stderr.write(d);
      file.write(d);
    });
    return new Promise((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (code) => file.end(() => resolve(code ?? 1)));
    });
  }
  // Each run is shown live and also kept in .test-results/<name>.log for the log scan.
  const vitest = (config, name) =>
    runLogged(
      pnpmBin,
      [
        ...pnpmPre,
        'exec',
        'vitest',
        'run',
        ...(config ? ['--config', config] : []),
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${join(out, `${name}.json`)}`,
      ],
      join(out, `${name}.log`),
    );
  const unit = await vitest(null, 'unit');
  const e2e = await vitest('e2e/vitest.config.ts', 'e2e');
  // The trust harness: crashes, backups and privacy at rest against the built server (issue 8).
  const trust = await vitest('trust/vitest.config.ts', 'trust');
  // Last: every log above and every started server's log, scanned for personal data (issue 8).
  const logScan = await vitest('trust/log-scan/vitest.config.ts', 'log-scan');
  const { passed, failed, skipped } = summarize(
    ['unit', 'e2e', 'trust', 'log-scan'].map((name) => join(out, `${name}.json`)),
  );
  console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  const anyFailed = [unit, e2e, trust, logScan].some((code) => code !== 0);
  process.exit(anyFailed || failed > 0 || passed === 0 ? 1 : 0);
} else if (command === 'bench') {
  installAndBuild();
  process.exit(run('node', ['apps/server/dist/bench.mjs', ...process.argv.slice(3)]));
} else {
  console.error('usage: node scripts/run.mjs start|test|bench');
  process.exit(2);
}
