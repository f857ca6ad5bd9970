import { useApi } from '@bangfu/client';
import { useMutation, useQuery } from '@tanstack/react-query';
import { statsClient } from '../../dashboards/api/stats-client';
import type { ReportOptions } from '../report-options';

export function useProvinceReport(options: ReportOptions, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: ['stats', 'report', options],
    queryFn: () => statsClient(api).report.query(options),
    enabled,
  });
}

/** The report as a workbook; the server logs every download. */
export function useReportXlsx() {
  const api = useApi();
  return useMutation({ mutationFn: (options: ReportOptions) => statsClient(api).reportXlsx.mutate(options) });
}
