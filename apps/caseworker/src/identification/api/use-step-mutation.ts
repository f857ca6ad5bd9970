import { useApi } from '@bangfu/client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { identKeys } from './keys';

type Api = ReturnType<typeof useApi>;

/**
 * A step of the case: once it succeeds, everything identification shows and the household file
 * (whose status moved) are refetched, and waited for, so the next form sees the new version.
 */
export function useStepMutation<I, O>(call: (api: Api, input: I) => Promise<O>) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: I) => call(api, input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: identKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['households'] }),
      ]),
  });
}
