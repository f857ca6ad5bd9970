import { useApi } from '@bangfu/client';
import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';

type Api = ReturnType<typeof useApi>;

/**
 * A mutation that, once it succeeds, refetches the queries under `refresh` (and waits for them,
 * so a page that navigates on success shows fresh data).
 */
export function useRefreshingMutation<I, O>(call: (api: Api, input: I) => Promise<O>, refresh: QueryKey) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: I) => call(api, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: refresh }),
  });
}
