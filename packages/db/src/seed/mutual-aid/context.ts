import type { FieldCrypto } from '../../crypto/field-crypto';
import type { IdNumberAllocator } from '../id-numbers';
import type { Rng } from '../prng';

export interface OrgRef {
  readonly id: string;
  readonly path: string;
}

/** What the mutual-aid phase takes from the rest of the province seed. */
export interface MutualAidSeedContext {
  readonly rng: Rng;
  /** Random bits of the UUIDs, a stream of its own. */
  readonly idRng: Rng;
  readonly crypto: FieldCrypto;
  /** The household seed's allocator, so no worker shares an ID number with anyone seeded before. */
  readonly ids: IdNumberAllocator;
  /** Federations (province, prefecture, county) by their org code. */
  readonly orgByCode: (code: string) => OrgRef;
  /** The grassroots unions of a county. */
  readonly unionsOf: (countyCode: string) => readonly OrgRef[];
  /** staff_user.id by username. */
  readonly staffId: (username: string) => string;
}

/** 'YYYY-MM-DD' plus `days`. */
export function addIsoDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A moment on `date`, 10:00 in Shanghai. */
export const officeHours = (date: string): Date => new Date(`${date}T02:00:00Z`);
