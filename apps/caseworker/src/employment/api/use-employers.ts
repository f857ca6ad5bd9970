import { useApi } from '@bangfu/client';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { employmentKeys } from './query-keys';
import type { EmployerCreateInput, EmployerListInput } from './types';

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
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EmployerCreateInput) => api.employment.employers.create.mutate(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: employmentKeys.employers }),
  });
}
