import { useApi } from '@bangfu/client';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { employmentKeys } from './query-keys';
import type {
  PositionCloseInput,
  PositionCreateInput,
  PositionListInput,
  PositionUpdateInput,
  RecordHiresInput,
} from './types';
import { useRefreshingMutation } from './use-refreshing-mutation';

export function usePositionList(input: PositionListInput) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: employmentKeys.positionList(input),
    queryFn: ({ pageParam }) => api.employment.positions.list.query({ ...input, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** An employer's open positions, for choosing what a fair booth offers. */
export function useEmployerOpenPositions(employerId: string | undefined) {
  const api = useApi();
  const input: PositionListInput = { employerId, status: 'OPEN', limit: 100 };
  return useQuery({
    queryKey: employmentKeys.positionList(input),
    queryFn: () => api.employment.positions.list.query(input),
    enabled: Boolean(employerId),
  });
}

export function usePosition(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: employmentKeys.position(id),
    queryFn: () => api.employment.positions.get.query({ id }),
  });
}

// Any change to a position moves counts on employers and fairs too (position counts, booths),
// so every employment list is refetched after it.
export function useCreatePosition() {
  return useRefreshingMutation(
    (api, input: PositionCreateInput) => api.employment.positions.create.mutate(input),
    employmentKeys.all,
  );
}

export function useUpdatePosition() {
  return useRefreshingMutation(
    (api, input: PositionUpdateInput) => api.employment.positions.update.mutate(input),
    employmentKeys.all,
  );
}

export function useClosePosition() {
  return useRefreshingMutation(
    (api, input: PositionCloseInput) => api.employment.positions.close.mutate(input),
    employmentKeys.all,
  );
}

export function useRecordHires() {
  return useRefreshingMutation(
    (api, input: RecordHiresInput) => api.employment.positions.recordHires.mutate(input),
    employmentKeys.all,
  );
}
