import { useApi } from '@bangfu/client';
import { useQuery } from '@tanstack/react-query';
import { useRefreshingMutation } from '../../employment/api/use-refreshing-mutation';
import { aidKeys } from './aid-keys';
import type { PaymentApproveInput, PaymentListInput, PaymentRequestInput, RecoveryListInput } from './types';

export function usePaymentRequests(input: PaymentListInput, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: aidKeys.payments(input),
    queryFn: () => api.aid.payments.list.query(input),
    enabled,
  });
}

export function useRecoveries(input: RecoveryListInput, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: aidKeys.recoveries(input),
    queryFn: () => api.aid.recoveries.list.query(input),
    enabled,
  });
}

// Payments move the household's status (FILED → AIDED) too, so the household is refreshed with them.
export function useRequestPayment() {
  return useRefreshingMutation(
    (api, i: PaymentRequestInput) => api.aid.payments.request.mutate(i),
    aidKeys.all,
  );
}

export function useApprovePayment() {
  return useRefreshingMutation(
    (api, i: PaymentApproveInput) => api.aid.payments.approve.mutate(i),
    aidKeys.all,
  );
}

export function usePayRequest() {
  return useRefreshingMutation(
    (api, i: { requestId: string; expectedVersion: number }) => api.aid.payments.pay.mutate(i),
    aidKeys.all,
  );
}

export function useSettleRecovery() {
  return useRefreshingMutation(
    (api, i: { recoveryId: string; expectedVersion: number; settledOn: string }) =>
      api.aid.recoveries.settle.mutate(i),
    aidKeys.all,
  );
}

/** 追回: every unreversed payment of the household becomes due (aid.recoveries.open). */
export function useOpenRecovery() {
  return useRefreshingMutation(
    (api, i: { householdId: string; reason: string; source: 'CORRECTION' }) =>
      api.aid.recoveries.open.mutate(i),
    aidKeys.all,
  );
}

export function useWaiveRecovery() {
  return useRefreshingMutation(
    (api, i: { recoveryId: string; expectedVersion: number; reason: string }) =>
      api.aid.recoveries.waive.mutate(i),
    aidKeys.all,
  );
}
