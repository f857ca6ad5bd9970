import { resolveSession } from './auth/resolve-session';
import type { AppServices, Context, CookieJar } from './context';
import { toTRPCError } from './errors';
import { resolveWorkerSession } from './portal/auth/resolve-worker-session';

export interface RequestInfo {
  ip: string | null;
  userAgent: string | null;
  cookies: CookieJar;
  /** The worker portal's cookie; absent where a transport has none (benchmarks). */
  workerCookies?: CookieJar;
  csrfOk: boolean;
}

const NO_COOKIES: CookieJar = { sessionToken: null, setSession() {}, clearSession() {} };

/** Builds a request context without Express, so tests construct it directly. */
export async function createContext(services: AppServices, req: RequestInfo): Promise<Context> {
  const now = services.now();
  const workerCookies = req.workerCookies ?? NO_COOKIES;
  // A database outage while reading the session answers like one inside a procedure (503).
  const [actor, worker] = await Promise.all([
    resolveSession(services.db, req.cookies.sessionToken, now, services.auth, services.sessionCache?.staff),
    resolveWorkerSession(
      services.db,
      workerCookies.sessionToken,
      now,
      services.auth,
      services.sessionCache?.worker,
    ),
  ]).catch((e: unknown) => {
    throw toTRPCError(e);
  });
  return { ...services, ...req, workerCookies, actor, worker };
}
