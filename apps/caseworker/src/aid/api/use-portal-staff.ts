import { useApi } from '@bangfu/client';
import type { WorkerRequestStatus } from '@bangfu/domain';
import { useQuery } from '@tanstack/react-query';
import { useRefreshingMutation } from '../../employment/api/use-refreshing-mutation';
import { aidKeys } from './aid-keys';

export function useCardHistory(householdId: string, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: aidKeys.cards(householdId),
    queryFn: () => api.portal.cardHistory.query({ householdId }),
    enabled,
  });
}

/** Issues (or reprints) a card; its activation code comes back from this call only. */
export function useIssueCard() {
  return useRefreshingMutation(
    (api, i: { householdId: string }) => api.portal.issueCard.mutate(i),
    aidKeys.all,
  );
}

/** Sets (or clears, with null) the signed-in staff member's own work phone for contact cards. */
export function useUpdateMyPhone() {
  return useRefreshingMutation(
    (api, i: { phone: string | null }) => api.auth.updateMyPhone.mutate(i),
    aidKeys.all,
  );
}

export function useWorkerRequests(orgId: string | undefined, status: WorkerRequestStatus | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: aidKeys.workerRequests(orgId ?? '', status),
    queryFn: () => api.portal.requests.query({ orgId: orgId ?? '', status }),
    enabled: Boolean(orgId),
  });
}

export function useHandleWorkerRequest() {
  return useRefreshingMutation(
    (api, i: { requestId: string; expectedVersion: number; handling: string }) =>
      api.portal.handleRequest.mutate(i),
    ['aid', 'requests'],
  );
}
