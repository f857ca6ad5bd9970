import { type RouterInputs, useApi } from '@bangfu/client';
import { useQuery } from '@tanstack/react-query';
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
