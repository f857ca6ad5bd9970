import { useApi } from '@bangfu/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { employmentKeys } from './query-keys';
import type {
  CompleteEnrollmentInput,
  EnrollInput,
  PlacementCreateInput,
  RetentionCheckInput,
} from './types';

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

/** Training and placements change skills, positions' filled counts and so matches: refetch all employment. */
function useInvalidateEmployment() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: employmentKeys.all });
}

export function useEnroll() {
  const api = useApi();
  const invalidate = useInvalidateEmployment();
  return useMutation({
    mutationFn: (i: EnrollInput) => api.training.enroll.mutate(i),
    onSuccess: invalidate,
  });
}

export function useCompleteEnrollment() {
  const api = useApi();
  const invalidate = useInvalidateEmployment();
  return useMutation({
    mutationFn: (i: CompleteEnrollmentInput) => api.training.complete.mutate(i),
    onSuccess: invalidate,
  });
}

export function useCreatePlacement() {
  const api = useApi();
  const invalidate = useInvalidateEmployment();
  return useMutation({
    mutationFn: (i: PlacementCreateInput) => api.placements.create.mutate(i),
    onSuccess: invalidate,
  });
}

export function useCheckRetention() {
  const api = useApi();
  const invalidate = useInvalidateEmployment();
  return useMutation({
    mutationFn: (i: RetentionCheckInput) => api.placements.checkRetention.mutate(i),
    onSuccess: invalidate,
  });
}
