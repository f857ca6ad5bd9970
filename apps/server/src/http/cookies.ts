import type { CookieJar } from '@bangfu/api';
import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'bangfu_sid';
/** The worker portal's session: its own name, so a staff and a worker session never mix. */
export const WORKER_SESSION_COOKIE = 'bangfu_worker_sid';

function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}

/** The session cookie: httpOnly, SameSite=Lax, Secure behind HTTPS, path /. */
export function cookieJar(req: Request, res: Response, secure: boolean): CookieJar {
  return {
    sessionToken: readCookie(req.headers.cookie, SESSION_COOKIE),
    setSession(token, maxAgeSeconds) {
      res.cookie(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'lax',
        secure,
        path: '/',
        maxAge: maxAgeSeconds * 1000,
      });
    },
    clearSession() {
      res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
    },
  };
}

/**
 * The worker portal's cookie: httpOnly and SameSite=Strict (a worker never arrives signed in from
 * another site; the QR code only opens the activation page), Secure behind HTTPS.
 */
export function workerCookieJar(req: Request, res: Response, secure: boolean): CookieJar {
  const options = { httpOnly: true, sameSite: 'strict', secure, path: '/' } as const;
  return {
    sessionToken: readCookie(req.headers.cookie, WORKER_SESSION_COOKIE),
    setSession(token, maxAgeSeconds) {
      res.cookie(WORKER_SESSION_COOKIE, token, { ...options, maxAge: maxAgeSeconds * 1000 });
    },
    clearSession() {
      res.clearCookie(WORKER_SESSION_COOKIE, options);
    },
  };
}
