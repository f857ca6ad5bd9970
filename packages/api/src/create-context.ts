import { resolveSession } from './auth/resolve-session';
import type { AppServices, Context, CookieJar } from './context';

export interface RequestInfo {
  ip: string | null;
  userAgent: string | null;
  cookies: CookieJar;
  csrfOk: boolean;
}

/** Builds a request context without Express, so tests construct it directly. */
export async function createContext(services: AppServices, req: RequestInfo): Promise<Context> {
  const actor = await resolveSession(services.db, req.cookies.sessionToken, services.now(), services.auth);
  return { ...services, ...req, actor };
}
