import type { Database, FieldCrypto } from '@bangfu/db';
import type { Role } from '@bangfu/domain';
import type { Kysely } from 'kysely';
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
}

export interface Context extends AppServices {
  readonly actor: StaffActor | null;
  readonly ip: string | null;
  readonly userAgent: string | null;
  readonly cookies: CookieJar;
  /** False when a mutation arrived without the anti-CSRF header. */
  readonly csrfOk: boolean;
}
