import type { ColumnType, Generated } from 'kysely';

/** Row types of migration 0011-festival-aid (送温暖 campaigns and their household lists). */
type Instant = ColumnType<string, string | Date | undefined, string | Date>;
type InstantOrNull = ColumnType<string | null, string | Date | null | undefined, string | Date | null>;

export interface FestivalCampaignTable {
  id: string;
  name: string;
  festival: string;
  year: number;
  org_id: string;
  org_path: string;
  eligible_categories: string[];
  eligible_statuses: string[];
  /** {category → fen}; written as JSON.stringify. */
  amounts: unknown;
  funding_source: string;
  policy_version: number;
  status: Generated<string>;
  listed_at: InstantOrNull;
  approved_by: string | null;
  approved_at: InstantOrNull;
  total_count: Generated<number>;
  total_fen: Generated<number>;
  paid_count: Generated<number>;
  paid_fen: Generated<number>;
  last_error: string | null;
  created_at: Instant;
  updated_at: Instant;
  created_by: string;
  version: Generated<number>;
}

export interface FestivalItemTable {
  id: Generated<string>;
  campaign_id: string;
  household_id: string;
  category: string;
  amount_fen: number;
  status: Generated<string>;
  excluded_reason: string | null;
  ledger_entry_id: string | null;
  paid_at: InstantOrNull;
  version: Generated<number>;
}

export interface FestivalAidTables {
  festival_campaign: FestivalCampaignTable;
  festival_item: FestivalItemTable;
}
