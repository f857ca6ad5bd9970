import { useApi } from '@bangfu/client';
import type { FestivalItemStatus } from '@bangfu/domain';
import { useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import { useRefreshingMutation } from '../../employment/api/use-refreshing-mutation';
import { aidKeys } from './aid-keys';
import type { CampaignCreateInput } from './types';

export function useCampaigns(year: number | undefined) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: aidKeys.campaignList(year),
    queryFn: ({ pageParam }) => api.festival.list.query({ year, cursor: pageParam, limit: 20 }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useCampaign(campaignId: string) {
  const api = useApi();
  return useQuery({
    queryKey: aidKeys.campaign(campaignId),
    queryFn: () => api.festival.get.query({ campaignId }),
  });
}

export function useCampaignItems(campaignId: string, status: FestivalItemStatus | undefined) {
  const api = useApi();
  const filter = { status };
  return useInfiniteQuery({
    queryKey: aidKeys.campaignItems(campaignId, filter),
    queryFn: ({ pageParam }) =>
      api.festival.items.query({ campaignId, filter, cursor: pageParam, limit: 100 }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/**
 * Polled every second while a batch is paying in the background (festival.pay returns at once),
 * and while `polling` asks for it; idle once the campaign is paid or the run stopped on an error.
 */
export function useCampaignProgress(campaignId: string, polling: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: aidKeys.progress(campaignId),
    queryFn: () => api.festival.progress.query({ campaignId }),
    refetchInterval: (query) => {
      const p = query.state.data;
      return polling || (p?.status === 'PAYING' && !p.lastError) ? 1000 : false;
    },
  });
}

export function useCreateCampaign() {
  return useRefreshingMutation(
    (api, i: CampaignCreateInput) => api.festival.create.mutate(i),
    aidKeys.campaigns,
  );
}

type Step = { campaignId: string; expectedVersion: number };

export function useBuildList() {
  return useRefreshingMutation((api, i: Step) => api.festival.buildList.mutate(i), aidKeys.campaigns);
}

export function useApproveCampaign() {
  return useRefreshingMutation((api, i: Step) => api.festival.approve.mutate(i), aidKeys.campaigns);
}

export function usePayCampaign() {
  return useRefreshingMutation((api, i: { campaignId: string }) => api.festival.pay.mutate(i), aidKeys.all);
}

export function useExcludeItem() {
  return useRefreshingMutation(
    (api, i: { itemId: string; reason: string; expectedVersion?: number }) => api.festival.exclude.mutate(i),
    aidKeys.campaigns,
  );
}

export function useIncludeItem() {
  return useRefreshingMutation(
    (api, i: { itemId: string; expectedVersion?: number }) => api.festival.include.mutate(i),
    aidKeys.campaigns,
  );
}

export function useExportCampaign() {
  const api = useApi();
  return useMutation({ mutationFn: (campaignId: string) => api.festival.exportXlsx.mutate({ campaignId }) });
}
