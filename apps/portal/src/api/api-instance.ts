import { createApiClient, createQueryClient } from '@bangfu/client';

/** The portal's one client and cache; a lost worker session refreshes the session query. */
export const api = createApiClient('/trpc');
export const queryClient = createQueryClient({
  onUnauthenticated: () => {
    void queryClient.invalidateQueries({ queryKey: ['portal', 'session'] });
  },
});
