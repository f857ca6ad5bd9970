import { useApi } from '@bangfu/client';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { employmentKeys } from './query-keys';
import type { EmployerCreateInput, EmployerListInput } from './types';
import { useRefreshingMutation } from './use-refreshing-mutation';

export function useEmployerList(input: EmployerListInput) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: employmentKeys.employerList(input),
    queryFn: ({ pageParam }) => api.employment.employers.list.query({ ...input, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** One page of employers for a picker (search by name). */
export function useEmployerOptions(q: string | undefined) {
  const api = useApi();
  const input = { q, limit: 20 };
  return useQuery({
    queryKey: employmentKeys.employerList(input),
    queryFn: () => api.employment.employers.list.query(input),
    placeholderData: keepPreviousData,
  });
}

export function useEmployer(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: employmentKeys.employer(id ?? ''),
    queryFn: () => api.employment.employers.get.query({ id: id ?? '' }),
    enabled: Boolean(id),
  });
}

export function useCreateEmployer() {
  return useRefreshingMutation(
    (api, input: EmployerCreateInput) => api.employment.employers.create.mutate(input),
    employmentKeys.employers,
  );
}
