/** Output shapes of the stats and report procedures, shared by the API and the caseworker app. */

export interface StatsOrgRef {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  kind: string;
  path: string;
}

export interface StatsScope {
  org: StatsOrgRef;
  /** From the viewer's own org down to this one: the drill-down trail. */
  breadcrumbs: StatsOrgRef[];
  /** Direct subordinate units, the next drill-down level (empty at grassroots). */
  children: StatsOrgRef[];
  year: number | null;
}

export interface Count {
  households: number;
  people: number;
}

/** An exact share: numerator / denominator, and permille (floor) for display; null when nothing to divide. */
export interface Ratio {
  numerator: number;
  denominator: number;
  permille: number | null;
}

/** Per child of the scope; `org` null for rows kept at the scope's own level (本级). */
export interface ChildRow<T> {
  org: StatsOrgRef | null;
  values: T;
}

export interface OverviewDto {
  scope: StatsScope;
  onFile: Count;
  inProcess: Count;
  exited: Count;
  closed: Count;
  byCategory: ({ category: string } & Count)[];
  byCause: ({ cause: string } & Count)[];
  byStatus: { status: string; households: number }[];
  /** On-file households per child unit, split by category. */
  byChild: ChildRow<Count & { byCategory: Record<string, number> }>[];
  /** 1户1技能: on-file households with someone holding a skill. */
  skill: Ratio;
}

export interface TrendYear {
  year: number;
  filed: Count;
  exited: Count;
  cancelled: Count;
  /** On file at the end of the year (flows summed up to it). */
  stock: Count;
  stockByCategory: Record<string, number>;
}

export interface TrendDto {
  scope: StatsScope;
  years: TrendYear[];
  /** 分批解困脱困: the planned exits per year (targets), where set. */
  plannedExits: { year: number; target: number }[];
}

export interface AidStatsDto {
  scope: StatsScope;
  /** Net of recoveries. */
  totalFen: number;
  payments: number;
  recoveredFen: number;
  byProgramme: { programme: string; fundingSource: string; amountFen: number; entries: number }[];
  byYear: { year: number; amountFen: number }[];
  byChild: ChildRow<{ amountFen: number; entries: number }>[];
}

export interface MutualAidFundDto {
  scope: StatsScope;
  raisedFen: number;
  raisedByPayer: { payer: string; amountFen: number }[];
  paidFen: number;
  claimsPaid: number;
  pharmacyTopUpFen: number;
  /** Claims paid over contributions raised. */
  lossRatio: Ratio;
  byYear: { year: number; raisedFen: number; paidFen: number }[];
  byChild: ChildRow<{ raisedFen: number; paidFen: number; lossRatio: Ratio }>[];
}

export interface EmploymentStatsDto {
  scope: StatsScope;
  trained: number;
  placed: number;
  retentionChecked: number;
  retained: number;
  /** Retained at 6 months over placements whose retention was checked. */
  retention: Ratio;
  skill: Ratio;
  byYear: { year: number; trained: number; placed: number; retained: number }[];
  byChild: ChildRow<{ trained: number; placed: number; retained: number; skill: Ratio }>[];
}

export interface ReportRow extends Count {
  key: string;
  /** Share of households in percent with two decimals, rounded half up ("17.80"). */
  share: string;
}

export interface ReportRegionRow extends ReportRow {
  counties: ReportRow[];
}

export interface ProvinceReportDto {
  scope: StatsScope;
  standardVersion: string;
  basis: string;
  generatedAt: string;
  total: Count;
  byCategory: ReportRow[];
  byCause: ReportRow[];
  /** Category × main cause, households. */
  causeByCategory: { cause: string; byCategory: Record<string, number> }[];
  byPrefecture: ReportRegionRow[];
  byIndustry: ReportRow[];
  /** By the worker's (本人) work status. */
  byWorkStatus: ReportRow[];
  /** Per-capita monthly income bands; key is "lo-hi" in yuan ("2000-" for the open band). */
  byIncomeBand: ReportRow[];
  /** The sentences a report to the government quotes, with their figures, zh and en. */
  narrative: { zh: string; en: string }[];
}
