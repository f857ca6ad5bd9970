import { createHash, randomBytes } from 'node:crypto';

/** The cookie holds a random token; the database holds only its hash. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
