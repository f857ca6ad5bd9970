import { useApi } from '@bangfu/client';
import type { NoticeStatus } from '@bangfu/domain';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { identKeys } from './keys';

/** Every notice of one union open on `date`, as printable documents (masked names only). */
export function useNoticeSheet(orgId: string | undefined, date: string, lang: 'zh' | 'en') {
  const api = useApi();
  return useQuery({
    queryKey: [...identKeys.noticeSheet(orgId ?? '', date), lang],
    queryFn: () => api.review.noticeSheet.query({ orgId: orgId ?? '', date, lang }),
    enabled: !!orgId,
  });
}

/** One household's notices with their objections, newest first (the case page). */
export function useCaseNotices(householdId: string, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: identKeys.caseNotices(householdId),
    queryFn: () => api.review.caseNotices.query({ householdId }),
    enabled,
  });
}

/** A union's notices, open ones first, a page at a time. */
export function useNoticeList(orgId: string, status: NoticeStatus | undefined, enabled: boolean) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: identKeys.noticeList(orgId, status ?? ''),
    queryFn: ({ pageParam }) =>
      api.review.notices.query({ orgId, status, cursor: pageParam ?? undefined, limit: 20 }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled,
  });
}
