import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { domainCode } from '../errors';

export interface QueryClientOptions {
  /** Called when any request finds the session gone (expired, signed out elsewhere). */
  onUnauthenticated?: () => void;
}

/**
 * A QueryClient with the house defaults: an answer from the server (any error with a domain code)
 * is not retried — only network failures are, twice.
 */
export function createQueryClient(options: QueryClientOptions = {}): QueryClient {
  const onError = (err: unknown) => {
    if (domainCode(err) === 'UNAUTHENTICATED') options.onUnauthenticated?.();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failures, err) => domainCode(err) === null && failures < 2,
      },
      mutations: { retry: false },
    },
  });
}
