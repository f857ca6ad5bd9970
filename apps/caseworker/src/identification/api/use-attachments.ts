import { useApi } from '@bangfu/client';
import type { UploadAttachmentInput } from '@bangfu/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { identKeys } from './keys';

export function useAttachments(householdId: string) {
  const api = useApi();
  return useQuery({
    queryKey: identKeys.attachments(householdId),
    queryFn: () => api.identification.listAttachments.query({ householdId }),
  });
}

/** One file's content, fetched only when opened; the server audits every read, so it is cached for good. */
export function useAttachmentContent(id: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: identKeys.attachment(id ?? ''),
    // A mutation on the server (it writes the audit row), but a read here.
    queryFn: () => api.identification.getAttachment.mutate({ id: id ?? '' }),
    enabled: id !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useUploadAttachment(householdId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UploadAttachmentInput) => api.identification.uploadAttachment.mutate(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: identKeys.attachments(householdId) }),
  });
}
