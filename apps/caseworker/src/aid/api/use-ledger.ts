import { useApi } from '@bangfu/client';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import { aidKeys } from './aid-keys';
import type { LedgerListInput } from './types';

/** The 台账 a page at a time, in the order it was written. */
export function useLedger(input: LedgerListInput, enabled = true) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: aidKeys.ledger(input),
    queryFn: ({ pageParam }) => api.aid.ledger.list.query({ ...input, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useLedgerBalances(orgId: string | undefined, year: number) {
  const api = useApi();
  return useQuery({
    queryKey: aidKeys.balances(orgId ?? '', year),
    queryFn: () => api.aid.ledger.balances.query({ orgId: orgId ?? '', year }),
    enabled: Boolean(orgId),
  });
}

/** An export is audited on the server, so it is a mutation. */
export function useExportLedger() {
  const api = useApi();
  return useMutation({
    mutationFn: (i: { orgId: string; year: number }) => api.aid.ledger.exportXlsx.mutate(i),
  });
}
