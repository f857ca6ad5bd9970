import { randomBytes } from 'node:crypto';
import { createFieldCrypto } from '../crypto/field-crypto';
import type { DatabaseHandle } from '../driver';
import { migrateToLatest } from '../migrations';
import type { Database } from '../schema';
import { type SeedReport, seedProvince } from './seed-province';

/** Shared by the seed tests: a small province on a fresh, migrated database. */
export const TEST_HOUSEHOLDS = 500;
export const TEST_NOW = new Date('2025-06-01T02:00:00Z');
export const TEST_AS_OF = '2025-06-01';
export const testCrypto = createFieldCrypto(randomBytes(32));

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

export async function seededDatabase(
  open: () => Promise<DatabaseHandle<Database>>,
  seed: number,
  households: number = TEST_HOUSEHOLDS,
): Promise<{ handle: DatabaseHandle<Database>; report: SeedReport }> {
  const handle = await open();
  await migrateToLatest(handle.db);
  const report = await seedProvince(handle.db, {
    households,
    seed,
    crypto: testCrypto,
    staffPasswordHash: '$argon2id$demo',
    now: TEST_NOW,
    batchSize: 200,
  });
  return { handle, report };
}
