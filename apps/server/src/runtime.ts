import {
  type AppServices,
  createKioskFairCache,
  createSessionCaches,
  DEFAULT_AUTH_SETTINGS,
  sessionCacheOptions,
} from '@bangfu/api';
import {
  createDatabase,
  createFieldCrypto,
  type Database,
  type DatabaseHandle,
  migrateToLatest,
} from '@bangfu/db';
import { loadDataKey } from './data-key';
import type { Env } from './env';
import type { Logger } from './logger';

export interface Runtime {
  handle: DatabaseHandle<Database>;
  services: AppServices;
  /** Embedded PGlite with demo data, as opposed to a production PostgreSQL server. */
  demoMode: boolean;
}

/** Opens the database (PGlite unless DATABASE_URL is set), migrates it and builds the services. */
export async function openRuntime(env: Env, logger: Logger): Promise<Runtime> {
  const demoMode = !env.DATABASE_URL;
  const handle = await createDatabase<Database>(
    env.DATABASE_URL
      ? { kind: 'postgres', connectionString: env.DATABASE_URL }
      : { kind: 'pglite', dataDir: `${env.dataDir}/pglite` },
    { logError: (message, error) => logger.error(message, { error: String(error) }) },
  );
  const { applied } = await migrateToLatest(handle.db as never);
  if (applied.length > 0) logger.info('migrated', { applied });
  const key = await loadDataKey({ envKey: env.BANGFU_DATA_KEY, dataDir: demoMode ? env.dataDir : null });
  const auth = {
    ...DEFAULT_AUTH_SETTINGS,
    secureCookies: env.BANGFU_SECURE_COOKIES ? env.BANGFU_SECURE_COOKIES === 'true' : !demoMode,
  };
  const services: AppServices = {
    db: handle.db,
    crypto: createFieldCrypto(key),
    auth,
    now: () => new Date(),
    // Absent, cards carry the portal's path and the caseworker app prefixes its own origin.
    portalOrigin: env.BANGFU_PUBLIC_ORIGIN?.replace(/\/$/, ''),
    // Kiosks poll every minute; a change reaches them within 10 s (ADR 0005).
    kioskFairCache: createKioskFairCache({ ttlMs: 10_000, maxEntries: 1_000 }),
    // The embedded database has one session, which a long write holds; a signed-in request need
    // not queue behind it. Only one process owns that database, so every sign-out passes through
    // this cache; PostgreSQL may have several server processes and reads every session.
    sessionCache: demoMode ? createSessionCaches(sessionCacheOptions(auth)) : undefined,
  };
  return { handle, services, demoMode };
}
