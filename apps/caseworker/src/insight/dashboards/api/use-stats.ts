import { useApi } from '@bangfu/client';
import type { StatsScopeInput } from '@bangfu/domain';
import { useQuery } from '@tanstack/react-query';
import { type ScopeOutputs, type ScopeProcedure, statsClient } from './stats-client';

/** Cache keys of the dashboards and the report; all under 'stats'. */
export const statsKeys = {
  all: ['stats'] as const,
  scope: (proc: string, input: object) => ['stats', proc, input] as const,
  quality: (orgId: string, year: number | undefined) => ['stats', 'quality', orgId, year] as const,
};

/** One dashboard's figures for a scope (org and year). */
export function useScopeStats<K extends ScopeProcedure>(proc: K, input: StatsScopeInput, enabled = true) {
  const api = useApi();
  return useQuery<ScopeOutputs[K]>({
    queryKey: statsKeys.scope(proc, input),
    queryFn: () => statsClient(api)[proc].query(input) as Promise<ScopeOutputs[K]>,
    enabled,
  });
}

/** 错评率、漏评率、错退率、漏退率 per child unit (oversight.qualityReport). */
export function useQualityReport(orgId: string, year: number | undefined, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: statsKeys.quality(orgId, year),
    queryFn: () => api.oversight.qualityReport.query(year ? { orgId, year } : { orgId }),
    enabled,
  });
}
