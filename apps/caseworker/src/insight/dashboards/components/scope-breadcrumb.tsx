import { useLang } from '@bangfu/client';
import type { StatsScope } from '@bangfu/domain';
import { Breadcrumb, Typography } from 'antd';
import type { DrillTo } from '../use-drill-params';
import { orgName } from './format';

/** The drill-down trail from the viewer's own org to the shown one; each step above goes back up. */
export function ScopeBreadcrumb({ scope, drillTo }: { scope: StatsScope; drillTo: DrillTo }) {
  const { lang } = useLang();
  const trail = scope.breadcrumbs.length > 0 ? scope.breadcrumbs : [scope.org];
  const last = trail.length - 1;
  return (
    <Breadcrumb
      data-testid="dash-breadcrumb"
      items={trail.map((org, i) => ({
        key: org.id,
        title:
          i === last ? (
            <Typography.Text strong data-testid="dash-crumb" data-org={org.code}>
              {orgName(org, lang)}
            </Typography.Text>
          ) : (
            <Typography.Link
              data-testid="dash-crumb"
              data-org={org.code}
              // The viewer's own org is the default scope: going back to it clears the parameter.
              onClick={() => drillTo(i === 0 ? undefined : org.id)}
            >
              {orgName(org, lang)}
            </Typography.Link>
          ),
      }))}
    />
  );
}
