import type { ColumnType, Generated } from 'kysely';

type Instant = ColumnType<string, Date | string, Date | string>;

/** Row types of migration 0020-household-import: one row per Excel import of household files. */
export interface HouseholdImportTable {
  id: string;
  org_id: string;
  org_path: string;
  actor_id: string;
  file_name: string;
  sha256: string;
  file_bytes: number;
  /** Data rows of both sheets. */
  rows: Generated<number>;
  /** RUNNING, DONE, FAILED or INTERRUPTED. */
  status: Generated<string>;
  households: Generated<number>;
  members: Generated<number>;
  problems: Generated<number>;
  /** A failure not about the file's content: {zh, en}. */
  failure: unknown;
  started_at: Instant;
  finished_at: ColumnType<string | null, Date | string | null | undefined, Date | string | null>;
  version: Generated<number>;
}

export interface HouseholdImportTables {
  household_import: HouseholdImportTable;
}
