import { useApi } from '@bangfu/client';
import { useQuery } from '@tanstack/react-query';
import { useRefreshingMutation } from '../../employment/api/use-refreshing-mutation';
import { aidKeys } from './aid-keys';
import type { SaveDraftInput, SignOnPaperInput } from './types';

export function useHouseholdPlans(householdId: string, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: aidKeys.plans(householdId),
    queryFn: () => api.aid.plan.get.query({ householdId }),
    enabled,
  });
}

export function useSaveDraftPlan() {
  return useRefreshingMutation((api, i: SaveDraftInput) => api.aid.plan.saveDraft.mutate(i), aidKeys.all);
}

/** Attachment upload input as identification.uploadAttachment takes it. */
export interface ScanUpload {
  householdId: string;
  filename: string;
  mime: 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf' | undefined;
  contentBase64: string;
}

/** Uploads the signed page as a household attachment of kind SIGNED_PLAN (签字帮扶计划). */
export function useUploadSignatureScan() {
  return useRefreshingMutation(
    (api, i: ScanUpload) => api.identification.uploadAttachment.mutate({ ...i, kind: 'SIGNED_PLAN' }),
    ['identification'],
  );
}

export function useSignOnPaper() {
  return useRefreshingMutation((api, i: SignOnPaperInput) => api.aid.plan.signOnPaper.mutate(i), aidKeys.all);
}
