import { useApi } from '@bangfu/client';
import { useQuery } from '@tanstack/react-query';
import { employmentKeys } from './query-keys';

/** A household's best-fitting listed positions; only fetched for roles that may see matches. */
export function useHouseholdMatches(householdId: string, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: employmentKeys.householdMatches(householdId),
    queryFn: () => api.matching.forHousehold.query({ householdId, limit: 10 }),
    enabled,
  });
}

/** A position's best-fitting filed households in the user's area. */
export function usePositionMatches(positionId: string, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: employmentKeys.positionMatches(positionId),
    queryFn: () => api.matching.forPosition.query({ positionId, limit: 10 }),
    enabled,
  });
}
