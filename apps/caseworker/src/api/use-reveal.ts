import { useApi } from '@bangfu/client';
import type { RevealPurpose } from '@bangfu/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from './query-keys';

/** A reveal is itself an audited event, so the history is refetched after one. */
export function useRevealIdNumber(householdId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { memberId: string; purpose: RevealPurpose }) =>
      api.households.revealIdNumber.mutate({ householdId, ...input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.householdHistory(householdId) }),
  });
}

export function useRevealBankAccount(householdId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { purpose: RevealPurpose }) =>
      api.households.revealBankAccount.mutate({ householdId, ...input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.householdHistory(householdId) }),
  });
}
