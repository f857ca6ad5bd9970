import type { Api } from '@bangfu/client';
import type {
  AidStatsDto,
  EmploymentStatsDto,
  MutualAidFundDto,
  OverviewDto,
  ProvinceReportDto,
  ProvinceReportInput,
  StatsScopeInput,
  TrendDto,
} from '@bangfu/domain';

/** The per-scope dashboards, by procedure name. */
export interface ScopeOutputs {
  overview: OverviewDto;
  trend: TrendDto;
  aid: AidStatsDto;
  mutualAidFund: MutualAidFundDto;
  employment: EmploymentStatsDto;
}
export type ScopeProcedure = keyof ScopeOutputs;

export interface StatsXlsx {
  fileName: string;
  base64: string;
}

interface Query<I, O> {
  query(input: I): Promise<O>;
}

export type StatsClient = { [K in ScopeProcedure]: Query<StatsScopeInput, ScopeOutputs[K]> } & {
  report: Query<ProvinceReportInput, ProvinceReportDto>;
  reportXlsx: { mutate(input: ProvinceReportInput): Promise<StatsXlsx> };
};

/**
 * The `stats.*` procedures, checked against their contract in @bangfu/domain (stats-dto.ts): if
 * the router's shapes drift from the shared DTOs, this assignment stops compiling.
 */
export function statsClient(api: Api): StatsClient {
  return api.stats;
}
