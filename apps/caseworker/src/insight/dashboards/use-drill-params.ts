import type { StatsScopeInput } from '@bangfu/domain';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export const DASH_TABS = ['overview', 'trend', 'aid', 'fund', 'employment', 'quality'] as const;
export type DashTab = (typeof DASH_TABS)[number];

const isTab = (v: string | null): v is DashTab => (DASH_TABS as readonly (string | null)[]).includes(v);

/**
 * The dashboard's state lives in the URL (?org=&year=&tab=), so a view can be shared and the back
 * button climbs back up a drill-down. Drilling pushes a history entry; year and tab replace it.
 */
export function useDrillParams() {
  const [params, setParams] = useSearchParams();
  const orgId = params.get('org') ?? undefined;
  const yearText = params.get('year');
  const year = yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
  const tabText = params.get('tab');
  const tab: DashTab = isTab(tabText) ? tabText : 'overview';

  const update = useCallback(
    (changes: Record<string, string | undefined>, replace: boolean) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(changes)) {
            if (v === undefined) next.delete(k);
            else next.set(k, v);
          }
          return next;
        },
        { replace },
      ),
    [setParams],
  );
  const scope = useMemo<StatsScopeInput>(() => (orgId ? { orgId } : {}), [orgId]);
  const scopeYear = useMemo<StatsScopeInput>(() => ({ ...scope, ...(year ? { year } : {}) }), [scope, year]);
  return {
    orgId,
    year,
    tab,
    /** The scope without a year (stock figures) and with the chosen year (flows). */
    scope,
    scopeYear,
    drillTo: useCallback((id: string | undefined) => update({ org: id }, false), [update]),
    setYear: useCallback(
      (y: number | undefined) => update({ year: y ? String(y) : undefined }, true),
      [update],
    ),
    setTab: useCallback((t: DashTab) => update({ tab: t === 'overview' ? undefined : t }, true), [update]),
  };
}
export type DrillTo = (orgId: string | undefined) => void;
