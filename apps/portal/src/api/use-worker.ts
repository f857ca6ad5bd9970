import { useApi } from '@bangfu/client';
import { useQuery, useQueryClient } from '@tanstack/react-query';

export const SESSION_KEY = ['portal', 'session'] as const;

/** Who is signed in to the portal (null when nobody); every worker page starts here. */
export function useWorkerSession() {
  const api = useApi();
  return useQuery({ queryKey: SESSION_KEY, queryFn: () => api.portal.session.query(), staleTime: 60_000 });
}

/** After sign-in, sign-out or a PIN change: forget every cached worker answer. */
export function useResetWorkerCache(): () => Promise<void> {
  const qc = useQueryClient();
  return async () => {
    await qc.invalidateQueries({ queryKey: ['portal'] });
  };
}
