import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type ListFilters, readFilters, writeFilters } from './list-filters';

/** The filters in the URL, and a setter that merges a change into them. */
export function useListFilters(): [ListFilters, (patch: Partial<ListFilters> | null) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const update = useCallback(
    (patch: Partial<ListFilters> | null) =>
      setParams(writeFilters(patch === null ? { sort: filters.sort } : { ...filters, ...patch }), {
        replace: true,
      }),
    [filters, setParams],
  );
  return [filters, update];
}
