import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort, removeDir } from './server';

const run = promisify(execFile);
const POSTGRES_UID = 101;

/** The newest installed PostgreSQL bin folder (Debian layout), or null. */
export function pgBinDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(a) - Number(b));
  const newest = versions.at(-1);
  return newest ? join(root, newest, 'bin') : null;
}

/** Why a throwaway cluster cannot be started here, or null when it can. */
export function clusterUnavailableReason(): string | null {
  if (!pgBinDir()) return 'no PostgreSQL binaries under /usr/lib/postgresql/*/bin';
  if (process.getuid?.() !== 0) return 'not running as root (initdb/pg_ctl run via su postgres)';
  return null;
}

export interface PgCluster {
  port: number;
  /** postgres://postgres@127.0.0.1:<port>/<database> (trust authentication). */
  url(database: string): string;
  createDatabase(name: string): Promise<void>;
  /** `pg_ctl restart -m <mode> -w`: returns once the server accepts connections again. */
  restart(mode: 'fast' | 'immediate'): Promise<void>;
  /** Runs a client tool (pg_dump, pg_restore, …) against this cluster; rejects on a non-zero exit. */
  tool(name: string, args: string[]): Promise<string>;
  /** A scratch folder for dumps, removed with the cluster. */
  dir: string;
  stop(): Promise<void>;
}

/** Async, so concurrent HTTP writers in this process keep running while pg_ctl works. */
async function asPostgres(cmd: string): Promise<void> {
  await run('su', ['postgres', '-c', cmd], { maxBuffer: 16 * 2 ** 20 });
}

/** initdb + pg_ctl start on a free port as the postgres user, fsync off (throwaway). */
export async function startCluster(): Promise<PgCluster> {
  const bin = pgBinDir();
  if (!bin) throw new Error('no PostgreSQL binaries');
  const dir = await mkdtemp(join(tmpdir(), 'bangfu-trust-pg-'));
  await chown(dir, POSTGRES_UID, process.getgid?.() ?? 0);
  const data = join(dir, 'data');
  const port = await freePort();
  await asPostgres(`${bin}/initdb -D ${data} -A trust -U postgres >/dev/null`);
  const opts = `-o '-p ${port} -k ${dir} -c fsync=off -c max_connections=50' -l ${dir}/log`;
  await asPostgres(`${bin}/pg_ctl -D ${data} ${opts} -w start >/dev/null`);
  const conn = ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres'];
  const tool = async (name: string, args: string[]) =>
    (await run(join(bin, name), [...conn, ...args], { maxBuffer: 64 * 2 ** 20 })).stdout;
  return {
    port,
    dir,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    createDatabase: async (name) => {
      await tool('createdb', [name]);
    },
    restart: (mode) => asPostgres(`${bin}/pg_ctl -D ${data} ${opts} -m ${mode} -w restart >/dev/null`),
    tool,
    stop: async () => {
      await asPostgres(`${bin}/pg_ctl -D ${data} -m immediate stop >/dev/null`).catch(() => undefined);
      await removeDir(dir);
    },
  };
}
