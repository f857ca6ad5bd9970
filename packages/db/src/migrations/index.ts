import type { Kysely } from 'kysely';
import { type Migration, type MigrationProvider, type MigrationResult, Migrator } from 'kysely/migration';
import * as m0001 from './0001-foundation';
import * as m0002 from './0002-employment';
import * as m0003 from './0003-household-name-sort';
import * as m0004 from './0004-training-placement';
import * as m0005 from './0005-identification-core';
import * as m0006 from './0006-application-survey';
import * as m0007 from './0007-review-notice';
import * as m0008 from './0008-aid-ledger';
import * as m0009 from './0009-worker-portal';
import * as m0010 from './0010-oversight';
import * as m0011 from './0011-festival-aid';
import * as m0012 from './0012-mutual-aid-schemes';
import * as m0013 from './0013-mutual-aid-claims';
import * as m0014 from './0014-notifications';
import * as m0015 from './0015-employment-support';
import * as m0016 from './0016-staff-phone';
import * as m0017 from './0017-statistics';
import * as m0018 from './0018-survey-campaigns';
import * as m0019 from './0019-assessment';
import * as m0020 from './0020-household-import';
import * as m0021 from './0021-retention';

/** Migrations are listed here, in code, so a bundled server carries them with it. */
const MIGRATIONS: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-employment': m0002,
  '0003-household-name-sort': m0003,
  '0004-training-placement': m0004,
  '0005-identification-core': m0005,
  '0006-application-survey': m0006,
  '0007-review-notice': m0007,
  '0008-aid-ledger': m0008,
  '0009-worker-portal': m0009,
  '0010-oversight': m0010,
  '0011-festival-aid': m0011,
  '0012-mutual-aid-schemes': m0012,
  '0013-mutual-aid-claims': m0013,
  '0014-notifications': m0014,
  '0015-employment-support': m0015,
  '0016-staff-phone': m0016,
  '0017-statistics': m0017,
  '0018-survey-campaigns': m0018,
  '0019-assessment': m0019,
  '0020-household-import': m0020,
  '0021-retention': m0021,
};

class StaticMigrationProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return MIGRATIONS;
  }
}

export interface MigrateReport {
  applied: string[];
}

// Migrations are typed Kysely<any>: they are frozen in time and must not follow today's table types.
// biome-ignore lint/suspicious/noExplicitAny: see above
export async function migrateToLatest(db: Kysely<any>): Promise<MigrateReport> {
  const migrator = new Migrator({ db, provider: new StaticMigrationProvider() });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r: MigrationResult) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
  }
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
