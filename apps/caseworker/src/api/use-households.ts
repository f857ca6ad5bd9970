import { useApi } from '@bangfu/client';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { queryKeys } from './query-keys';
import type { HouseholdListInput } from './types';

/** Household search with keyset pagination: each page's `nextCursor` fetches the next one. */
export function useHouseholdList(input: HouseholdListInput) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: queryKeys.householdList(input),
    queryFn: ({ pageParam }) => api.households.list.query({ ...input, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useHousehold(id: string) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.household(id), queryFn: () => api.households.get.query({ id }) });
}

export function useHouseholdHistory(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.householdHistory(id),
    queryFn: () => api.households.history.query({ id }),
  });
}
