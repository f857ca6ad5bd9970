import type { ColumnType, Generated } from 'kysely';

type Instant = ColumnType<string, string | Date, string | Date>;
type InstantOrNull = ColumnType<string | null, string | Date | null | undefined, string | Date | null>;

/** A printed 帮扶联系卡 and its one-time activation code (hash only). */
export interface ContactCardTable {
  id: string;
  household_id: string;
  issued_by: string;
  issued_at: Instant;
  code_hash: string;
  revoked_at: InstantOrNull;
  used_at: InstantOrNull;
  printed_count: Generated<number>;
}

/** The worker's own sign-in, keyed by the blind index of their ID number. */
export interface WorkerAccountTable {
  id_number_bidx: string;
  household_id: string;
  member_id: string;
  pin_hash: string | null;
  failed_attempts: Generated<number>;
  locked_until: InstantOrNull;
  activated_at: Instant;
  version: Generated<number>;
}

export interface WorkerSessionTable {
  token_hash: string;
  household_id: string;
  member_id: string;
  created_at: Instant;
  last_seen_at: Instant;
  expires_at: Instant;
  pin_set: Generated<boolean>;
}

/** An objection, appeal, change report or phone change a worker raised in the portal. */
export interface WorkerRequestTable {
  id: string;
  household_id: string;
  org_path: string;
  kind: string;
  text: string;
  status: Generated<string>;
  created_at: Instant;
  handled_by: string | null;
  handled_at: InstantOrNull;
  handling: string | null;
  version: Generated<number>;
}

/** Row types of migration worker-portal. */
export interface WorkerPortalTables {
  contact_card: ContactCardTable;
  worker_account: WorkerAccountTable;
  worker_session: WorkerSessionTable;
  worker_request: WorkerRequestTable;
}
