import { useApi } from '@bangfu/client';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import { useRefreshingMutation } from '../../../employment/api/use-refreshing-mutation';
import type { CampaignInput, CaptureInput } from './types';

/** Every cache key of the survey screens sits under one root, so a write refreshes them all. */
export const svKeys = {
  all: ['surveyCampaigns'] as const,
  list: ['surveyCampaigns', 'list'] as const,
  campaign: (id: string) => ['surveyCampaigns', 'get', id] as const,
  progress: (id: string) => ['surveyCampaigns', 'progress', id] as const,
  summary: (id: string, regionOrgId?: string) => ['surveyCampaigns', 'summary', id, regionOrgId] as const,
  responses: (id: string) => ['surveyCampaigns', 'responses', id] as const,
  response: (id: string) => ['surveyCampaigns', 'response', id] as const,
};

export function useCampaigns(enabled = true) {
  const api = useApi();
  return useQuery({ queryKey: svKeys.list, queryFn: () => api.surveyCampaigns.list.query({}), enabled });
}

export function useCampaign(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: svKeys.campaign(id ?? ''),
    queryFn: () => api.surveyCampaigns.get.query({ id: id ?? '' }),
    enabled: Boolean(id),
  });
}

export function useProgress(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: svKeys.progress(id),
    queryFn: () => api.surveyCampaigns.progress.query({ id }),
  });
}

export function useSummary(id: string, regionOrgId?: string) {
  const api = useApi();
  return useQuery({
    queryKey: svKeys.summary(id, regionOrgId),
    queryFn: () => api.surveyCampaigns.summary.query({ campaignId: id, regionOrgId }),
    placeholderData: keepPreviousData,
  });
}

export function useResponses(campaignId: string) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: svKeys.responses(campaignId),
    queryFn: ({ pageParam }) =>
      api.surveyCampaigns.responses.query({ campaignId, cursor: pageParam, limit: 50 }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useResponse(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: svKeys.response(id ?? ''),
    queryFn: () => api.surveyCampaigns.response.query({ id: id ?? '' }),
    enabled: Boolean(id),
  });
}

export function useCreateCampaign() {
  return useRefreshingMutation(
    (api, input: CampaignInput) => api.surveyCampaigns.create.mutate(input),
    svKeys.all,
  );
}

export function useUpdateCampaign() {
  return useRefreshingMutation(
    (api, input: CampaignInput & { id: string; version: number }) => api.surveyCampaigns.update.mutate(input),
    svKeys.all,
  );
}

export function useStepCampaign() {
  return useRefreshingMutation(
    (api, input: { id: string; version: number; step: 'open' | 'close' }) =>
      api.surveyCampaigns[input.step].mutate({ id: input.id, version: input.version }),
    svKeys.all,
  );
}

export function useCapture() {
  return useRefreshingMutation(
    (api, input: CaptureInput) => api.surveyCampaigns.capture.mutate(input),
    svKeys.all,
  );
}

export function useCorrect() {
  return useRefreshingMutation(
    (api, input: { id: string; version: number; answers: Record<string, unknown> }) =>
      api.surveyCampaigns.correct.mutate(input),
    svKeys.all,
  );
}

/** Every export is logged on the server, so it is a mutation. */
export function useExportResponses() {
  const api = useApi();
  return useMutation({
    mutationFn: (input: { campaignId: string; regionOrgId?: string }) =>
      api.surveyCampaigns.export.mutate(input),
  });
}

/** Households in the user's scope, for the capture form's picker. */
export function useHouseholdSearch(q: string, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: ['households', 'list', { q, limit: 20, survey: true }],
    queryFn: () => api.households.list.query({ q: q || undefined, limit: 20 }),
    enabled,
    placeholderData: keepPreviousData,
  });
}
