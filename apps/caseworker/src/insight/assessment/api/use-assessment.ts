import { type RouterInputs, type RouterOutputs, useApi } from '@bangfu/client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useRefreshingMutation } from '../../../employment/api/use-refreshing-mutation';

type Out = RouterOutputs['assessment'];
export type AssessmentOverview = Out['overview'];
export type UnitAssessment = AssessmentOverview['units'][number];
export type MetricProgress = UnitAssessment['metrics'][number];
export type OverdueTaskList = Out['overdueTasks'];
export type SetTargetsInput = RouterInputs['assessment']['setTargets'];

/** Everything under 'assessment' refreshes together after a save. */
export const assessKeys = {
  all: ['assessment'] as const,
  overview: (year: number, orgId: string | undefined) => ['assessment', 'overview', year, orgId] as const,
  overdue: (orgId: string) => ['assessment', 'overdue', orgId] as const,
};

export function useAssessmentOverview(year: number, orgId: string | undefined, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: assessKeys.overview(year, orgId),
    queryFn: () => api.assessment.overview.query({ year, orgId }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useOverdueTasks(orgId: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: assessKeys.overdue(orgId ?? ''),
    queryFn: () => api.assessment.overdueTasks.query({ orgId: orgId ?? '' }),
    enabled: Boolean(orgId),
  });
}

export function useSetTargets() {
  return useRefreshingMutation(
    (api, input: SetTargetsInput) => api.assessment.setTargets.mutate(input),
    assessKeys.all,
  );
}

export function useExportAssessmentSheet() {
  return useRefreshingMutation(
    (api, input: { year: number; orgId?: string }) => api.assessment.exportSheet.mutate(input),
    ['assessment', 'export'],
  );
}
