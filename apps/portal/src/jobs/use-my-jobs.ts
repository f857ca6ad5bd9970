import { type RouterOutputs, useApi } from '@bangfu/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

export type MyJob = RouterOutputs['notifications']['myJobs'][number];
export const MY_JOBS_KEY = ['portal', 'jobs'] as const;

/** The worker's recommended and matching jobs (reading them marks the recommendations seen). */
export function useMyJobs() {
  const api = useApi();
  return useQuery({ queryKey: MY_JOBS_KEY, queryFn: () => api.notifications.myJobs.query() });
}

/** 我感兴趣: idempotent on the server, so a double tap records one interest. */
export function useExpressInterest(positionId: string) {
  const api = useApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.notifications.expressInterest.mutate({ positionId }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: MY_JOBS_KEY });
    },
  });
}
