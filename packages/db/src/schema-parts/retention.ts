import type { ColumnType } from 'kysely';

/** Row types of migration 0021-retention: one row per file whose personal data was anonymised. */
export interface RetentionAnonymisationTable {
  household_id: string;
  anonymised_at: ColumnType<string, string | Date, string | Date>;
  /** The RETENTION policy version that decided it. */
  policy_version: number;
  closed_status: string;
  members: number;
}

export interface RetentionTables {
  retention_anonymisation: RetentionAnonymisationTable;
}
