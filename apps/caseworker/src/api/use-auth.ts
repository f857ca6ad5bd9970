import { useApi } from '@bangfu/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from './query-keys';
import type { Me } from './types';

/** The signed-in staff member, or null. */
export function useMe() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.me, queryFn: () => api.auth.me.query(), staleTime: 5 * 60_000 });
}

export function useSignIn() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { username: string; password: string }) => api.auth.signIn.mutate(input),
    onSuccess: (me: Me) => {
      queryClient.removeQueries({ queryKey: queryKeys.households });
      queryClient.setQueryData(queryKeys.me, me);
    },
  });
}

export function useSignOut() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.auth.signOut.mutate(),
    onSuccess: () => {
      // Nothing read under this session may stay in memory for the next user.
      queryClient.clear();
      queryClient.setQueryData(queryKeys.me, null);
    },
  });
}
