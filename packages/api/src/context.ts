import type { Database, FieldCrypto } from '@bangfu/db';
import type { Role } from '@bangfu/domain';
import type { Kysely } from 'kysely';
import type { SessionCaches } from './auth/session-cache';
import type { KioskFairCache } from './kiosk/kiosk-fair-cache';

/** The signed-in staff member, as every staff procedure sees them. */
export interface StaffActor {
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly Role[];
  readonly orgId: string;
  readonly orgPath: string;
}

/**
 * The worker signed in to the self-service portal. Worker procedures read the household only
 * from here, never from their input, so one worker can never name another household.
 */
export interface WorkerActor {
  readonly householdId: string;
  /** The SELF member (本人) who activated the card. */
  readonly memberId: string;
  readonly orgPath: string;
  /** False right after activation, until the worker chooses a PIN. */
  readonly pinSet: boolean;
}

export interface AuthSettings {
  /** Idle time after which a session ends, in minutes. */
  readonly sessionIdleMinutes: number;
  /** Absolute session lifetime, in hours. */
  readonly sessionMaxHours: number;
  readonly accountMaxFailures: number;
  readonly accountLockMinutes: number;
  readonly addressMaxFailures: number;
  readonly addressWindowMinutes: number;
  readonly secureCookies: boolean;
}

export const DEFAULT_AUTH_SETTINGS: AuthSettings = {
  sessionIdleMinutes: 30,
  sessionMaxHours: 12,
  accountMaxFailures: 5,
  accountLockMinutes: 15,
  addressMaxFailures: 30,
  addressWindowMinutes: 15,
  secureCookies: false,
};

/** What the transport gives a request: the cookie and a way to set it. */
export interface CookieJar {
  readonly sessionToken: string | null;
  setSession(token: string, maxAgeSeconds: number): void;
  clearSession(): void;
}

/** Things every request shares, built once at start. */
export interface AppServices {
  readonly db: Kysely<Database>;
  readonly crypto: FieldCrypto;
  readonly auth: AuthSettings;
  /** The clock; tests pass a fixed one. */
  readonly now: () => Date;
  /** Short-lived cache of built kiosk answers; absent in tests that want every call to read. */
  readonly kioskFairCache?: KioskFairCache;
  /**
   * Recently resolved sessions, where this process owns the database (embedded engine); absent →
   * every request reads its session from the database.
   */
  readonly sessionCache?: SessionCaches;
  /** The public origin (https://host) printed in the contact card's QR code; absent → a path only. */
  readonly portalOrigin?: string;
}

export interface Context extends AppServices {
  readonly actor: StaffActor | null;
  readonly ip: string | null;
  readonly userAgent: string | null;
  readonly cookies: CookieJar;
  /** The worker portal's own cookie, separate from the staff session's. */
  readonly workerCookies: CookieJar;
  readonly worker: WorkerActor | null;
  /** False when a mutation arrived without the anti-CSRF header. */
  readonly csrfOk: boolean;
}
