import { useApi } from '@bangfu/client';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import { useRefreshingMutation } from '../../employment/api/use-refreshing-mutation';
import { maKeys } from './ma-keys';
import type { EnrolInput, ImportInput, UnitInput } from './types';

/** The schemes the user may see (current versions; closed ones only when asked). */
export function useSchemes(includeClosed = false, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: maKeys.schemes(includeClosed),
    queryFn: () => api.mutualAid.schemes.list.query({ includeClosed }),
    enabled,
  });
}

export function useSeedDemoSchemes() {
  return useRefreshingMutation((api, _: undefined) => api.mutualAid.schemes.seedDemo.mutate(), maKeys.all);
}

/** A new version of a scheme (e.g. the same rules for a new term year). */
export function usePublishScheme() {
  return useRefreshingMutation(
    (api, input: { body: unknown; expectedVersion?: number; note?: string }) =>
      api.mutualAid.schemes.publish.mutate(input),
    maKeys.all,
  );
}

export function useUnits(q: string, enabled = true) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: maKeys.units(q),
    queryFn: ({ pageParam }) =>
      api.mutualAid.units.list.query({ q: q || undefined, cursor: pageParam, limit: 100 }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCreateUnit() {
  return useRefreshingMutation(
    (api, input: UnitInput) => api.mutualAid.units.create.mutate(input),
    maKeys.all,
  );
}

export function useEnrolments(
  input: { unitId?: string; schemeId?: string; termYear?: number },
  enabled = true,
) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: maKeys.enrolments(input),
    queryFn: ({ pageParam }) =>
      api.mutualAid.enrolments.list.query({ ...input, cursor: pageParam, limit: 100 }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useEnrol() {
  return useRefreshingMutation((api, input: EnrolInput) => api.mutualAid.enrol.mutate(input), maKeys.all);
}

/** A dry run writes nothing, so only a real import refreshes the lists. */
export function useImportEnrolments() {
  return useRefreshingMutation(
    (api, input: ImportInput) => api.mutualAid.importEnrolments.mutate(input),
    maKeys.all,
  );
}

export function useEnrolmentTemplate() {
  const api = useApi();
  return useMutation({
    mutationFn: (schemeId: string | undefined) =>
      api.mutualAid.enrolmentTemplateXlsx.query(schemeId ? { schemeId } : undefined),
  });
}
