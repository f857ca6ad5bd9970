#!/usr/bin/env node
// The README's two commands land here: `npm start` and `npm test`. They must work on a machine
// that has only Node.js 20 and npm, so this script brings pnpm itself (the version pinned in
// package.json) and installs, builds and runs everything else.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
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
  const vitest = (config, name) =>
    run(pnpmBin, [
      ...pnpmPre,
      'exec',
      'vitest',
      'run',
      ...(config ? ['--config', config] : []),
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${join(out, `${name}.json`)}`,
    ]);
  const unit = vitest(null, 'unit');
  const e2e = vitest('e2e/vitest.config.ts', 'e2e');
  // The trust harness: crashes, backups and privacy at rest against the built server (issue 8).
  const trust = vitest('trust/vitest.config.ts', 'trust');
  const { passed, failed, skipped } = summarize([
    join(out, 'unit.json'),
    join(out, 'e2e.json'),
    join(out, 'trust.json'),
  ]);
  console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exit(unit !== 0 || e2e !== 0 || trust !== 0 || failed > 0 || passed === 0 ? 1 : 0);
} else if (command === 'bench') {
  installAndBuild();
  process.exit(run('node', ['apps/server/dist/bench.mjs', ...process.argv.slice(3)]));
} else {
  console.error('usage: node scripts/run.mjs start|test|bench');
  process.exit(2);
}
