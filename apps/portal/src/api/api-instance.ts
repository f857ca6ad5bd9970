import { createApiClient, createQueryClient } from '@bangfu/client';

/** The portal's one client and cache. Worker sign-in is not open yet; public procedures only. */
export const api = createApiClient('/trpc');
export const queryClient = createQueryClient();
