import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase } from '@bangfu/db';
import { sql } from 'kysely';
import { type Env, loadEnv } from '../src/env';

export type DatabaseName = 'PGlite' | 'PostgreSQL';

/** A database made for one bench run, and the app environment that points at it. */
export interface BenchTarget {
  readonly name: DatabaseName;
  readonly env: Env;
  /** The temp folder or the database name (never the password). */
  readonly location: string;
  /** Removes what the bench created. */
  cleanup(): Promise<void>;
}

/** The app's own env validation, fed explicit values instead of process.env. */
const benchEnv = (values: Record<string, string>): Env =>
  loadEnv({ BANGFU_LOG_LEVEL: 'warn', HOST: '127.0.0.1', ...values });

/** PGlite in a fresh temp data folder, as the embedded start would use it. */
export async function pgliteTarget(): Promise<BenchTarget> {
  const dir = await mkdtemp(join(tmpdir(), 'bangfu-bench-'));
  return {
    name: 'PGlite',
    env: benchEnv({ BANGFU_DATA_DIR: dir }),
    location: dir,
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

/** A fresh database `bangfu_bench_<random>` on the server at `url`, dropped by `cleanup`. */
export async function postgresTarget(url: string): Promise<BenchTarget> {
  const name = `bangfu_bench_${randomBytes(5).toString('hex')}`;
  const admin = () => createDatabase<unknown>({ kind: 'postgres', connectionString: url, maxConnections: 1 });
  const server = await admin();
  try {
    await sql.raw(`create database ${name}`).execute(server.db);
  } finally {
    await server.close();
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    name: 'PostgreSQL',
    env: benchEnv({
      DATABASE_URL: target.toString(),
      // Throwaway data: a random key, never written anywhere.
      BANGFU_DATA_KEY: randomBytes(32).toString('base64'),
    }),
    location: `${target.host || 'local socket'}/${name}`,
    cleanup: async () => {
      const s = await admin();
      try {
        await sql.raw(`drop database if exists ${name} with (force)`).execute(s.db);
      } finally {
        await s.close();
      }
    },
  };
}
