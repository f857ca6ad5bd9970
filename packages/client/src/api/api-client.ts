import type { AppRouter } from '@bangfu/api';
import { createTRPCClient, httpBatchLink, type TRPCClient } from '@trpc/client';

/** The typed tRPC client every SPA talks to the server through. */
export type Api = TRPCClient<AppRouter>;

/** Every request carries this header; the server rejects mutations without it (CSRF guard). */
export const CSRF_HEADER = { 'x-bangfu-csrf': '1' } as const;

/** The server's `maxBatchSize`; a larger batch would be refused whole. */
export const MAX_BATCH_ITEMS = 20;

/**
 * A tRPC client for `${baseUrl}` (usually '/trpc'): batched, plain JSON (the server uses no
 * transformer), and sending the session cookie.
 */
export function createApiClient(baseUrl: string): Api {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: baseUrl,
        maxItems: MAX_BATCH_ITEMS,
        headers: () => CSRF_HEADER,
        fetch: (url, init) => fetch(url, { ...init, credentials: 'include' }),
      }),
    ],
  });
}
