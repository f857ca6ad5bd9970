import { useApi } from '@bangfu/client';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { employmentKeys } from './query-keys';
import type { FairBoothInput, FairCreateInput, FairListInput } from './types';

export function useFairList(input: FairListInput) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: employmentKeys.fairList(input),
    queryFn: ({ pageParam }) => api.employment.fairs.list.query({ ...input, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useFair(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: employmentKeys.fair(id),
    queryFn: () => api.employment.fairs.get.query({ id }),
  });
}

function useInvalidateFairs() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: employmentKeys.fairs });
}

export function useCreateFair() {
  const api = useApi();
  const invalidate = useInvalidateFairs();
  return useMutation({
    mutationFn: (input: FairCreateInput) => api.employment.fairs.create.mutate(input),
    onSuccess: invalidate,
  });
}

export function useAddBooth() {
  const api = useApi();
  const invalidate = useInvalidateFairs();
  return useMutation({
    mutationFn: (input: FairBoothInput) => api.employment.fairs.addBooth.mutate(input),
    onSuccess: invalidate,
  });
}

export function useRemoveBooth() {
  const api = useApi();
  const invalidate = useInvalidateFairs();
  return useMutation({
    mutationFn: (input: { fairId: string; employerId: string }) =>
      api.employment.fairs.removeBooth.mutate(input),
    onSuccess: invalidate,
  });
}

export function usePublishFair() {
  const api = useApi();
  const invalidate = useInvalidateFairs();
  return useMutation({
    mutationFn: (input: { id: string; version: number }) => api.employment.fairs.publish.mutate(input),
    onSuccess: invalidate,
  });
}

export function useCancelFair() {
  const api = useApi();
  const invalidate = useInvalidateFairs();
  return useMutation({
    mutationFn: (input: { id: string; version: number }) => api.employment.fairs.cancel.mutate(input),
    onSuccess: invalidate,
  });
}
