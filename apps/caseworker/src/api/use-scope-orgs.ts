import { useApi } from '@bangfu/client';
import { useQuery } from '@tanstack/react-query';
import { queryKeys } from './query-keys';

/** The org units under the user's own (their scope), for pickers. */
export function useScopeOrgs() {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.scopeOrgs,
    queryFn: () => api.orgs.listScope.query(),
    staleTime: 10 * 60_000,
  });
}
