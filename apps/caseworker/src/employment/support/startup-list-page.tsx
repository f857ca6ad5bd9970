import { canReadTraining, StartupStage, StartupStatus } from '@bangfu/domain';
import { Card, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useCurrentUser } from '../../auth/current-user';
import { QueryError } from '../../components/query-error';
import { type StartupCaseRow, useStartupCases } from './support-api';
import { useEnumLabel, yuan } from './support-labels';
import { useSupportT } from './use-support-t';

/** 创业扶持: the start-up cases of households in scope, each with its loan and activity count. */
export function StartupListPage() {
  const t = useSupportT();
  const label = useEnumLabel();
  const allowed = canReadTraining(useCurrentUser().roles);
  const list = useStartupCases(allowed);
  const columns: TableColumnsType<StartupCaseRow> = [
    {
      key: 'business',
      title: t('sup.startup.business'),
      render: (_: unknown, r) => <Link to={`/employment/startups/${r.id}`}>{r.businessName}</Link>,
    },
    { key: 'member', title: t('sup.startup.member'), dataIndex: 'memberName', width: 100 },
    { key: 'sector', title: t('sup.startup.sector'), dataIndex: 'sector', width: 120 },
    {
      key: 'stage',
      title: t('sup.startup.stage'),
      width: 100,
      render: (_: unknown, r) => label(StartupStage, r.stage),
    },
    {
      key: 'status',
      title: t('sup.startup.status'),
      width: 100,
      render: (_: unknown, r) => (
        <Tag color={r.status === 'OPEN' ? 'processing' : 'default'}>{label(StartupStatus, r.status)}</Tag>
      ),
    },
    {
      key: 'loan',
      title: t('sup.startup.loan'),
      width: 130,
      render: (_: unknown, r) => (r.loan ? yuan(r.loan.amountFen) : t('sup.startup.noLoan')),
    },
    {
      key: 'activities',
      title: t('sup.startup.activities'),
      dataIndex: 'activityCount',
      width: 90,
      align: 'right',
    },
    { key: 'opened', title: t('sup.startup.openedOn'), dataIndex: 'openedOn', width: 110 },
  ];
  if (!allowed) return null;
  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('sup.startups.title')}
      </Typography.Title>
      {list.error ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <Table<StartupCaseRow>
          rowKey="id"
          size="middle"
          loading={list.isLoading}
          columns={columns}
          dataSource={list.data ?? []}
          locale={{ emptyText: t('sup.startups.empty') }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
        />
      )}
    </Card>
  );
}
