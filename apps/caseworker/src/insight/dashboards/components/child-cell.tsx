import type { StatsOrgRef } from '@bangfu/domain';
import { Typography } from 'antd';
import type { DrillTo } from '../use-drill-params';
import { useChildName } from './format';

/** A child unit's name, a link that drills into it; 本级 is plain text. */
export function ChildCell({ org, drillTo }: { org: StatsOrgRef | null; drillTo: DrillTo }) {
  const name = useChildName();
  if (!org) return <span>{name(org)}</span>;
  return (
    <Typography.Link data-testid="dash-child-link" data-org={org.code} onClick={() => drillTo(org.id)}>
      {name(org)}
    </Typography.Link>
  );
}

/** The data-* attributes of a child row. */
export function childRowData(org: StatsOrgRef | null): Record<string, string> {
  return { 'data-org': org?.code ?? 'self', 'data-kind': org?.kind ?? 'SELF' };
}

/** A stable row key for a child row. */
export const childKey = (org: StatsOrgRef | null): string => org?.id ?? 'self';
