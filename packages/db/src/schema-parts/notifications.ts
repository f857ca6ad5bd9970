import type { ColumnType, Generated } from 'kysely';

type Instant = ColumnType<string, string | Date, string | Date>;
type InstantOrNull = ColumnType<string | null, string | Date | null | undefined, string | Date | null>;

/** One message of the outbox (see migration 0014). */
export interface NotificationTable {
  id: string;
  dedupe_key: string;
  household_id: string | null;
  org_path: string;
  channel: string;
  recipient_enc: Buffer | Uint8Array | null;
  recipient_last4: string | null;
  template: string;
  /** jsonb: written as JSON.stringify(value). */
  params: unknown;
  status: Generated<string>;
  attempts: Generated<number>;
  next_attempt_at: InstantOrNull;
  lease_until: InstantOrNull;
  claim_token: string | null;
  last_error: string | null;
  sent_at: InstantOrNull;
  provider_message_id: string | null;
  seen_at: InstantOrNull;
  created_at: Instant;
  created_by: string | null;
  version: Generated<number>;
}

/** 我感兴趣: a household's interest in a position, recorded once. */
export interface WorkerInterestTable {
  household_id: string;
  position_id: string;
  member_id: string;
  created_at: Instant;
}

/** Row types of migration notifications. */
export interface NotificationTables {
  notification: NotificationTable;
  worker_interest: WorkerInterestTable;
}
