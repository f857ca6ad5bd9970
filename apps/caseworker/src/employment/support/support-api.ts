import { type RouterInputs, type RouterOutputs, useApi } from '@bangfu/client';
import { useQuery } from '@tanstack/react-query';
import { useRefreshingMutation } from '../api/use-refreshing-mutation';

type Out = RouterOutputs['employmentSupport'];
type In = RouterInputs['employmentSupport'];

export type CourseCatalogueRow = Out['training']['courses'][number];
export type CourseCatalogueInput = In['training']['courses'];
export type StartupCaseRow = Out['startups']['list'][number];
export type StartupCaseDetail = Out['startups']['get'];
export type StartupActivityInput = In['startups']['addActivity'];
export type EnterpriseRow = Out['enterprises']['list'][number];
export type HouseholdSupport = Out['forHousehold'];

/** Cache keys under 'employment', so training and placement changes refresh these too. */
const keys = {
  all: ['employment'] as const,
  courses: (i: CourseCatalogueInput) => ['employment', 'support', 'courses', i] as const,
  startups: ['employment', 'support', 'startups'] as const,
  startup: (id: string) => ['employment', 'support', 'startups', id] as const,
  enterprises: ['employment', 'support', 'enterprises'] as const,
  household: (id: string) => ['employment', 'support', 'household', id] as const,
};

export function useCourseCatalogue(input: CourseCatalogueInput) {
  const api = useApi();
  return useQuery({
    queryKey: keys.courses(input),
    queryFn: () => api.employmentSupport.training.courses.query(input),
  });
}

export function useStartupCases(enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: keys.startups,
    queryFn: () => api.employmentSupport.startups.list.query({ limit: 200 }),
    enabled,
  });
}

export function useStartupCase(id: string, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: keys.startup(id),
    queryFn: () => api.employmentSupport.startups.get.query({ id }),
    enabled,
  });
}

export function useAddStartupActivity() {
  return useRefreshingMutation(
    (api, i: StartupActivityInput) => api.employmentSupport.startups.addActivity.mutate(i),
    keys.all,
  );
}

export function useEnterprises(enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: keys.enterprises,
    queryFn: () => api.employmentSupport.enterprises.list.query({ limit: 200 }),
    enabled,
  });
}

export function useHouseholdSupport(householdId: string, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: keys.household(householdId),
    queryFn: () => api.employmentSupport.forHousehold.query({ householdId }),
    enabled,
  });
}
