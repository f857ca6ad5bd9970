import { useApi } from '@bangfu/client';
import type { DeclareInput } from '@bangfu/domain';
import { useQuery } from '@tanstack/react-query';
import { identKeys } from './keys';
import { useStepMutation } from './use-step-mutation';

export function useMyDeclarations() {
  const api = useApi();
  return useQuery({ queryKey: identKeys.declarations, queryFn: () => api.review.myDeclarations.query() });
}

export const useDeclare = () => useStepMutation((api, i: DeclareInput) => api.review.declare.mutate(i));

export const useWithdrawDeclaration = () =>
  useStepMutation((api, i: { id: string; version: number }) => api.review.withdrawDeclaration.mutate(i));
