import { businessToday } from '@bangfu/client';
import { hasAnyRole, READ_QUALITY_ROLES, STATS_READ_ROLES } from '@bangfu/domain';
import { Card, Flex, Result, Select, Skeleton, Tabs, Typography } from 'antd';
import { useCurrentUser } from '../../auth/current-user';
import { QueryError } from '../../components/query-error';
import { useScopeStats } from './api/use-stats';
import { ScopeBreadcrumb } from './components/scope-breadcrumb';
import { useDashT } from './i18n/use-dash-t';
import { AidTab } from './tabs/aid-tab';
import { EmploymentTab } from './tabs/employment-tab';
import { FundTab } from './tabs/fund-tab';
import { OverviewTab } from './tabs/overview-tab';
import { QualityTab } from './tabs/quality-tab';
import { TrendTab } from './tabs/trend-tab';
import { type DashTab, useDrillParams } from './use-drill-params';

const YEARLY: readonly DashTab[] = ['aid', 'fund', 'employment', 'quality'];
const FIRST_YEAR = 2016;

/** 统计分析: the dashboards of the viewer's subtree, drilled down unit by unit (state in the URL). */
export function DashboardsPage() {
  const t = useDashT();
  const me = useCurrentUser();
  const allowed = hasAnyRole(me.roles, STATS_READ_ROLES);
  const seesQuality = hasAnyRole(me.roles, READ_QUALITY_ROLES);
  const drill = useDrillParams();
  // The overview carries the scope (breadcrumbs, children) the whole page needs.
  const overview = useScopeStats('overview', drill.scope, allowed);
  if (!allowed) return <Result status="403" title={t('dash.title')} />;
  const tab = drill.tab === 'quality' && !seesQuality ? 'overview' : drill.tab;
  const thisYear = Number(businessToday().slice(0, 4));
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i);
  const { scope, scopeYear, drillTo } = drill;
  const items = [
    {
      key: 'overview',
      label: t('dash.tab.overview'),
      children: <OverviewTab scope={scope} drillTo={drillTo} />,
    },
    { key: 'trend', label: t('dash.tab.trend'), children: <TrendTab scope={scope} /> },
    { key: 'aid', label: t('dash.tab.aid'), children: <AidTab scope={scopeYear} drillTo={drillTo} /> },
    { key: 'fund', label: t('dash.tab.fund'), children: <FundTab scope={scopeYear} drillTo={drillTo} /> },
    {
      key: 'employment',
      label: t('dash.tab.employment'),
      children: <EmploymentTab scope={scopeYear} drillTo={drillTo} />,
    },
    ...(seesQuality
      ? [
          {
            key: 'quality',
            label: t('dash.tab.quality'),
            children: <QualityTab orgId={drill.orgId ?? me.org.id} year={drill.year} drillTo={drillTo} />,
          },
        ]
      : []),
  ];
  return (
    <Card data-testid="dash-page">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('dash.title')}
        </Typography.Title>
        {YEARLY.includes(tab) && (
          <Select<number>
            allowClear
            value={drill.year}
            onChange={(v) => drill.setYear(v)}
            placeholder={t('dash.allYears')}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            prefix={t('dash.year')}
            style={{ width: 180 }}
            data-testid="dash-year"
          />
        )}
      </Flex>
      <div style={{ margin: '12px 0' }}>
        {overview.data && <ScopeBreadcrumb scope={overview.data.scope} drillTo={drillTo} />}
        {overview.isPending && <Skeleton.Input active size="small" />}
      </div>
      {overview.isError ? (
        <QueryError error={overview.error} onRetry={() => overview.refetch()} />
      ) : (
        <Tabs
          activeKey={tab}
          onChange={(k) => drill.setTab(k as DashTab)}
          items={items}
          destroyOnHidden
          data-testid="dash-tabs"
        />
      )}
    </Card>
  );
}
