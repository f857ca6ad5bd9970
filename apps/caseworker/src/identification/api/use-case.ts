import { useApi } from '@bangfu/client';
import { useQuery } from '@tanstack/react-query';
import { identKeys } from './keys';

export function useCaseDetail(householdId: string) {
  const api = useApi();
  return useQuery({
    queryKey: identKeys.caseDetail(householdId),
    queryFn: () => api.identification.caseDetail.query({ householdId }),
  });
}

export function useTimeline(householdId: string) {
  const api = useApi();
  return useQuery({
    queryKey: identKeys.timeline(householdId),
    queryFn: () => api.identification.timeline.query({ householdId }),
  });
}

export function useIdentInbox(enabled = true) {
  const api = useApi();
  return useQuery({ queryKey: identKeys.inbox, queryFn: () => api.identification.inbox.query(), enabled });
}

/** The review inbox also tells the case page what review records exist (income check, notice, objections). */
export function useReviewInbox(enabled = true) {
  const api = useApi();
  return useQuery({ queryKey: identKeys.reviewInbox, queryFn: () => api.review.inbox.query(), enabled });
}
