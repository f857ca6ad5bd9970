import { useApi } from '@bangfu/client';
import { useQuery } from '@tanstack/react-query';
import { employmentKeys } from './query-keys';
import type {
  CompleteEnrollmentInput,
  EnrollInput,
  PlacementCreateInput,
  RetentionCheckInput,
} from './types';
import { useRefreshingMutation } from './use-refreshing-mutation';

export function useHouseholdEnrollments(householdId: string, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: employmentKeys.householdTraining(householdId),
    queryFn: () => api.training.forHousehold.query({ householdId }),
    enabled,
  });
}

export function useHouseholdPlacements(householdId: string, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: employmentKeys.householdPlacements(householdId),
    queryFn: () => api.placements.forHousehold.query({ householdId }),
    enabled,
  });
}

/** The latest courses, for choosing one to enrol a member in. */
export function useCourseOptions(enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: employmentKeys.courses,
    queryFn: () => api.training.courses.list.query({ limit: 100 }),
    enabled,
  });
}

// Training and placements change skills, positions' filled counts and so matches: refetch all employment.
export function useEnroll() {
  return useRefreshingMutation((api, i: EnrollInput) => api.training.enroll.mutate(i), employmentKeys.all);
}

export function useCompleteEnrollment() {
  return useRefreshingMutation(
    (api, i: CompleteEnrollmentInput) => api.training.complete.mutate(i),
    employmentKeys.all,
  );
}

export function useCreatePlacement() {
  return useRefreshingMutation(
    (api, i: PlacementCreateInput) => api.placements.create.mutate(i),
    employmentKeys.all,
  );
}

export function useCheckRetention() {
  return useRefreshingMutation(
    (api, i: RetentionCheckInput) => api.placements.checkRetention.mutate(i),
    employmentKeys.all,
  );
}
