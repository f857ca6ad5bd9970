/** Row types of migration 0017-statistics: summary tables kept current by triggers (never written by code). */

export interface StatHouseholdTable {
  org_path: string;
  status: string;
  category: string;
  main_cause: string;
  has_skill: boolean;
  households: number;
  people: number;
}

export interface StatFlowTable {
  org_path: string;
  year: number;
  /** FILED, EXITED_TUOKUN, EXITED_JIEKUN or CANCELLED. */
  flow: string;
  category: string;
  households: number;
  people: number;
}

export interface StatAidTable {
  org_path: string;
  year: number;
  programme: string;
  funding_source: string;
  /** PAYMENT or RECOVERY (negative amounts). */
  kind: string;
  amount_fen: number;
  entries: number;
}

export interface StatMaFundTable {
  org_path: string;
  scheme_id: string;
  year: number;
  /** CONTRIBUTION, CLAIM_PAYOUT or PHARMACY_TOP_UP. */
  kind: string;
  /** The contribution's payer ('' when none). */
  payer: string;
  amount_fen: number;
  entries: number;
}

export interface StatEmploymentTable {
  org_path: string;
  year: number;
  /** TRAINED, PLACED, RETENTION_CHECKED or RETAINED. */
  metric: string;
  count: number;
}

export interface StatisticsTables {
  stat_household: StatHouseholdTable;
  stat_flow: StatFlowTable;
  stat_aid: StatAidTable;
  stat_ma_fund: StatMaFundTable;
  stat_employment: StatEmploymentTable;
}
