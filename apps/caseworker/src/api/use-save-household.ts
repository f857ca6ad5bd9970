import { useApi } from '@bangfu/client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from './query-keys';
import type { HouseholdCreateInput, HouseholdUpdateInput } from './types';

export function useCreateHousehold() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: HouseholdCreateInput) => api.households.create.mutate(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...queryKeys.households, 'list'] }),
  });
}

export function useUpdateHousehold() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: HouseholdUpdateInput) => api.households.update.mutate(input),
    onSuccess: (_result, input) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: [...queryKeys.households, 'list'] }),
        queryClient.invalidateQueries({ queryKey: queryKeys.household(input.id) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.householdHistory(input.id) }),
      ]),
  });
}
