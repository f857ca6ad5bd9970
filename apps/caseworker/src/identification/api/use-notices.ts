import { useApi } from '@bangfu/client';
import { useQuery } from '@tanstack/react-query';
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
