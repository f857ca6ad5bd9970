import { createApiClient, createQueryClient } from '@bangfu/client';
import { queryKeys } from './query-keys';

/** The one client and cache of the caseworker app. */
export const api = createApiClient('/trpc');

export const queryClient = createQueryClient({
  // A session that ends while the app is open sends the user back to the sign-in page.
  onUnauthenticated: () => queryClient.setQueryData(queryKeys.me, null),
});
