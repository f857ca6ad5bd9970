import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../e2e/support/server';
import { recordServerOutput, SERVER_LOG_LEVEL } from '../log-scan/server-log-file';
import { inheritedEnv } from './env';

export const ROOT = join(import.meta.dirname, '..', '..');
export const MAIN = join(ROOT, 'apps/server/dist/main.mjs');

export { LONG } from './env';
export { freePort };

export function freshDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'bangfu-trust-'));
}

/** The server's environment: embedded PGlite in `dataDir` unless `databaseUrl` is given. */
function serverEnv(o: ServerOptions, port: number): NodeJS.ProcessEnv {
  return {
    ...inheritedEnv(),
    ...(o.databaseUrl ? { DATABASE_URL: o.databaseUrl, BANGFU_SECURE_COOKIES: 'false' } : {}),
    ...(o.env ?? {}),
    ...(port > 0 ? { PORT: String(port) } : {}),
    HOST: '127.0.0.1',
    BANGFU_DATA_DIR: o.dataDir,
    BANGFU_DEMO_HOUSEHOLDS: String(o.households ?? 300),
    BANGFU_LOG_LEVEL: SERVER_LOG_LEVEL,
  };
}

export interface ServerOptions {
  dataDir: string;
  households?: number;
  databaseUrl?: string;
  env?: Record<string, string>;
}

/**
 * Runs a CLI command of the built server (`migrate`, `start`, …) as a child process; its whole
 * output also goes to a file under .test-results/server-logs for the log scan.
 */
export function spawnServer(command: string, o: ServerOptions, port = 0): ChildProcess {
  const child = spawn(process.execPath, [MAIN, command], {
    cwd: ROOT,
    env: serverEnv(o, port),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  recordServerOutput(child, port);
  return child;
}

export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((r) => child.once('exit', (code) => r(code)));
}

export interface RunningServer {
  baseUrl: string;
  child: ChildProcess;
  output: () => string;
  /** SIGKILL: a crash or a power cut, no clean-up at all. */
  kill(): Promise<void>;
  /** SIGTERM and wait. */
  stop(): Promise<void>;
}

export async function startServer(o: ServerOptions, port?: number): Promise<RunningServer> {
  const p = port ?? (await freePort());
  const child = spawnServer('start', o, p);
  let log = '';
  child.stdout?.on('data', (d) => (log += String(d)));
  child.stderr?.on('data', (d) => (log += String(d)));
  const baseUrl = `http://127.0.0.1:${p}`;
  const deadline = Date.now() + 240_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${log}`);
    const ok = await fetch(`${baseUrl}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`server did not become healthy:\n${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const end = async (signal: NodeJS.Signals) => {
    const done = exited(child);
    child.kill(signal);
    await done;
  };
  return { baseUrl, child, output: () => log, kill: () => end('SIGKILL'), stop: () => end('SIGTERM') };
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
