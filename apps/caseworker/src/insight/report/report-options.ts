import { type ProvinceReportInput, ProvinceReportInputSchema } from '@bangfu/domain';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';

export type ReportOptions = Required<Omit<ProvinceReportInput, 'orgId'>> & { orgId?: string };
const DEFAULTS = ProvinceReportInputSchema.parse({}) as ReportOptions;

/** The report's options from a query string (?org=&basis=&standard=&bands=), defaults where unset or invalid. */
export function parseReportOptions(params: URLSearchParams): ReportOptions {
  const bands = params.get('bands');
  const parsed = ProvinceReportInputSchema.safeParse({
    orgId: params.get('org') || undefined,
    basis: params.get('basis') || undefined,
    standardVersion: params.get('standard') || undefined,
    incomeBandsYuan: bands ? bands.split(',').map(Number) : undefined,
  });
  return parsed.success ? (parsed.data as ReportOptions) : DEFAULTS;
}

/** The query string of a set of options: the page and its print view share it. */
export function reportQuery(o: ReportOptions): string {
  const p = new URLSearchParams();
  if (o.orgId) p.set('org', o.orgId);
  p.set('basis', o.basis);
  p.set('standard', o.standardVersion);
  p.set('bands', o.incomeBandsYuan.join(','));
  return p.toString();
}

export function useReportOptions(): [ReportOptions, (o: ReportOptions) => void] {
  const [params, setParams] = useSearchParams();
  const options = useMemo(() => parseReportOptions(params), [params]);
  return [options, (o) => setParams(new URLSearchParams(reportQuery(o)))];
}
