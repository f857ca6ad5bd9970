import { useApi } from '@bangfu/client';
import { useQuery } from '@tanstack/react-query';
import { useRefreshingMutation } from '../../employment/api/use-refreshing-mutation';
import { maKeys } from './ma-keys';
import type { PayerPaymentInput, PurchaseInput, TopUpInput } from './types';

export function useFundAccounts(schemeId: string | undefined, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: maKeys.accounts(schemeId ?? ''),
    queryFn: () => api.mutualAid.fund.accounts.query({ schemeId: schemeId ?? '' }),
    enabled: enabled && Boolean(schemeId),
  });
}

export function useRecordPayerPayment() {
  return useRefreshingMutation(
    (api, input: PayerPaymentInput) => api.mutualAid.fund.recordPayerPayment.mutate(input),
    maKeys.all,
  );
}

export function usePharmacyAccounts(orgId: string | undefined, year: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: maKeys.pharmacy(orgId ?? '', year),
    queryFn: () => api.mutualAid.pharmacy.accounts.query({ orgId: orgId ?? '', year }),
    enabled: Boolean(orgId),
  });
}

export function usePharmacyTopUp() {
  return useRefreshingMutation(
    (api, input: TopUpInput) => api.mutualAid.pharmacy.topUp.mutate(input),
    maKeys.all,
  );
}

export function usePharmacyPurchase() {
  return useRefreshingMutation(
    (api, input: PurchaseInput) => api.mutualAid.pharmacy.purchase.mutate(input),
    maKeys.all,
  );
}
