import { useApi } from '@bangfu/client';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import { useRefreshingMutation } from '../../employment/api/use-refreshing-mutation';
import { maKeys } from './ma-keys';
import type { ClaimListInput, ClaimSubmitInput, FundStatisticsInput, WhatIfInput } from './types';

export function useClaims(input: Omit<ClaimListInput, 'cursor'>, enabled = true) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: maKeys.claims(input),
    queryFn: ({ pageParam }) => api.claims.list.query({ ...input, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useClaim(claimId: string) {
  const api = useApi();
  return useQuery({ queryKey: maKeys.claim(claimId), queryFn: () => api.claims.get.query({ claimId }) });
}

export function useSubmitClaim() {
  return useRefreshingMutation((api, input: ClaimSubmitInput) => api.claims.submit.mutate(input), maKeys.all);
}

export function useReviewClaim() {
  return useRefreshingMutation(
    (
      api,
      input: { claimId: string; expectedVersion: number; decision: 'APPROVE' | 'REJECT'; reason: string },
    ) => api.claims.review.mutate(input),
    maKeys.all,
  );
}

export function usePayClaim() {
  return useRefreshingMutation(
    (api, input: { claimId: string; expectedVersion: number }) => api.claims.pay.mutate(input),
    maKeys.all,
  );
}

export function useFundStatistics(input: FundStatisticsInput, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: maKeys.statistics(input),
    queryFn: () => api.claims.fund.statistics.query(input),
    enabled,
  });
}

/** The what-if only reads; a mutation so it runs when asked, not on every keystroke. */
export function useWhatIf() {
  const api = useApi();
  return useMutation({ mutationFn: (input: WhatIfInput) => api.claims.whatIf.query(input) });
}
