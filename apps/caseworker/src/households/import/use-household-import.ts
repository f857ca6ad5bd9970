import { type RouterInputs, type RouterOutputs, useApi } from '@bangfu/client';
import { useMutation, useQuery } from '@tanstack/react-query';

export type ImportReport = RouterOutputs['householdImport']['dryRun'];
export type ImportProblem = ImportReport['problems'][number];
export type ImportProgress = RouterOutputs['householdImport']['progress'];
export type RosterExportInput = RouterInputs['householdImport']['exportRoster'];

/** The template is a read, fetched on click. */
export function useImportTemplate() {
  const api = useApi();
  return useMutation({ mutationFn: () => api.householdImport.template.query() });
}

export function useDryRun() {
  const api = useApi();
  return useMutation({
    mutationFn: (file: { fileName: string; contentBase64: string }) =>
      api.householdImport.dryRun.mutate(file),
  });
}

export function useStartImport() {
  const api = useApi();
  return useMutation({
    mutationFn: (file: { fileName: string; contentBase64: string }) => api.householdImport.start.mutate(file),
  });
}

/** Polls an import once a second until it has finished. */
export function useImportProgress(importId: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: ['householdImport', 'progress', importId],
    queryFn: () => api.householdImport.progress.query({ importId: importId ?? '' }),
    enabled: importId !== null,
    refetchInterval: (q) => (q.state.data && q.state.data.status !== 'RUNNING' ? false : 1_000),
  });
}

/** An export is audited on the server, so it is a mutation. */
export function useExportRoster() {
  const api = useApi();
  return useMutation({
    mutationFn: (input: RosterExportInput) => api.householdImport.exportRoster.mutate(input),
  });
}
