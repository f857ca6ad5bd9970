import { type RouterInputs, useApi } from '@bangfu/client';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { identKeys } from './keys';
import { useStepMutation } from './use-step-mutation';

type In = RouterInputs['oversight'];

/** The signed-in volunteer's own visits; the server returns nobody else's. */
export function useMyVisits(enabled: boolean) {
  const api = useApi();
  return useQuery({ queryKey: identKeys.visits, queryFn: () => api.oversight.myVisits.query(), enabled });
}

export const useRecordVerification = () =>
  useStepMutation((api, i: In['recordVerification']) => api.oversight.recordVerification.mutate(i));

export function useSpotCheck(id: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: identKeys.spotCheck(id ?? ''),
    queryFn: () => api.oversight.spotCheck.query({ id: id ?? '' }),
    enabled: id !== null,
  });
}

export const useDrawSpotCheck = () =>
  useStepMutation((api, i: In['drawSpotCheck']) => api.oversight.drawSpotCheck.mutate(i));

export const useRecordSpotCheckOutcome = () =>
  useStepMutation((api, i: In['recordSpotCheckOutcome']) => api.oversight.recordSpotCheckOutcome.mutate(i));

/** Past spot checks of the user's subtree, newest first, a page at a time. */
export function useSpotCheckList(enabled: boolean) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: identKeys.spotCheckList,
    queryFn: ({ pageParam }) => api.oversight.spotChecks.query({ cursor: pageParam ?? undefined, limit: 10 }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled,
  });
}

/** Volunteers' verification visits of one household (the case page). */
export function useVerifications(householdId: string, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: identKeys.verifications(householdId),
    queryFn: () => api.oversight.verifications.query({ householdId }),
    enabled,
  });
}

export function useReferrals(orgId: string, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: identKeys.referrals(orgId),
    queryFn: () => api.oversight.referrals.query({ orgId }),
    enabled,
  });
}

export const useConvertReferral = () =>
  useStepMutation((api, i: In['convertReferral']) => api.oversight.convertReferral.mutate(i));
