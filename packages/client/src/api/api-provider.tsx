import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext } from 'react';
import type { Api } from './api-client';

const ApiContext = createContext<Api | null>(null);

export interface ApiProviderProps {
  api: Api;
  queryClient: QueryClient;
  children: ReactNode;
}

/** Makes the tRPC client and the TanStack Query cache available to the tree. */
export function ApiProvider({ api, queryClient, children }: ApiProviderProps) {
  return (
    <ApiContext.Provider value={api}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </ApiContext.Provider>
  );
}

/** The tRPC client; use it inside `queryFn` / `mutationFn` of TanStack Query hooks. */
export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi must be used inside <ApiProvider>');
  return api;
}
