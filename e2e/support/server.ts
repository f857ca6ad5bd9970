import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordServerOutput, SERVER_LOG_LEVEL } from '../../trust/log-scan/server-log-file';
import { inheritedEnv } from '../../trust/support/env';

const ROOT = join(import.meta.dirname, '..', '..');

/** The demo password printed by `npm start` and written in the README. */
export const DEMO_PASSWORD = 'Bangfu@2026demo';

/** A port nothing listens on now (the OS picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

// The browser tests run on the embedded database, the way `npm start` does.
export interface StartedServer {
  baseUrl: string;
  output: () => string;
  /** Stops the process and deletes its data folder. */
  stop(): Promise<void>;
  /** Stops the process only (as a crash or a power cut would), keeping the data folder and port. */
  halt(): Promise<void>;
  /** Starts the server again on the same data folder and port (halting it first if it runs). */
  restart(): Promise<void>;
}

const STARTUP_DEADLINE_MS = 240_000;

function launch(
  dataDir: string,
  port: number,
  households: number,
  log: (chunk: string) => void,
): ChildProcess {
  const child = spawn(process.execPath, [join(ROOT, 'apps/server/dist/main.mjs'), 'start'], {
    cwd: ROOT,
    env: {
      ...inheritedEnv(),
      PORT: String(port),
      HOST: '127.0.0.1',
      BANGFU_DATA_DIR: dataDir,
      BANGFU_DEMO_HOUSEHOLDS: String(households),
      BANGFU_LOG_LEVEL: SERVER_LOG_LEVEL,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  recordServerOutput(child, port);
  child.stdout?.on('data', (d) => log(String(d)));
  child.stderr?.on('data', (d) => log(String(d)));
  return child;
}

async function waitHealthy(child: ChildProcess, baseUrl: string, output: () => string): Promise<void> {
  const deadline = Date.now() + STARTUP_DEADLINE_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output()}`);
    try {
      const res = await fetch(`${baseUrl}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not become healthy:\n${output()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

/**
 * Starts the built server exactly as `npm start` does (embedded PGlite, demo data) on a fresh
 * data folder and a free port, and waits for /healthz.
 */
export async function startServer(opts: { households?: number } = {}): Promise<StartedServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'bangfu-e2e-'));
  const port = await freePort();
  const households = opts.households ?? 300;
  let log = '';
  const output = () => log;
  const append = (chunk: string) => {
    log += chunk;
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  let child = launch(dataDir, port, households, append);
  await waitHealthy(child, baseUrl, output);
  return {
    baseUrl,
    output,
    async stop() {
      await terminate(child);
      await rm(dataDir, { recursive: true, force: true });
    },
    async halt() {
      await terminate(child);
    },
    async restart() {
      await terminate(child);
      child = launch(dataDir, port, households, append);
      await waitHealthy(child, baseUrl, output);
    },
  };
}
