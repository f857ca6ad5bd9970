import { useApi } from '@bangfu/client';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { employmentKeys } from './query-keys';
import type { FairBoothInput, FairCreateInput, FairListInput } from './types';
import { useRefreshingMutation } from './use-refreshing-mutation';

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

export function useCreateFair() {
  return useRefreshingMutation(
    (api, input: FairCreateInput) => api.employment.fairs.create.mutate(input),
    employmentKeys.fairs,
  );
}

export function useAddBooth() {
  return useRefreshingMutation(
    (api, input: FairBoothInput) => api.employment.fairs.addBooth.mutate(input),
    employmentKeys.fairs,
  );
}

export function useRemoveBooth() {
  return useRefreshingMutation(
    (api, input: { fairId: string; employerId: string }) => api.employment.fairs.removeBooth.mutate(input),
    employmentKeys.fairs,
  );
}

export function usePublishFair() {
  return useRefreshingMutation(
    (api, input: { id: string; version: number }) => api.employment.fairs.publish.mutate(input),
    employmentKeys.fairs,
  );
}

export function useCancelFair() {
  return useRefreshingMutation(
    (api, input: { id: string; version: number }) => api.employment.fairs.cancel.mutate(input),
    employmentKeys.fairs,
  );
}
