import { canReadTraining, EnterpriseMeasureKind, EnterpriseReason, EnterpriseStatus } from '@bangfu/domain';
import { Card, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useCurrentUser } from '../../auth/current-user';
import { QueryError } from '../../components/query-error';
import { useDivisionName } from '../components/division-name';
import { type EnterpriseRow, useEnterprises } from './support-api';
import { useEnumLabel } from './support-labels';
import { useSupportT } from './use-support-t';

const RISK_COLOR = { HIGH: 'red', MEDIUM: 'orange', LOW: 'green' } as const;

/**
 * 困难企业: enterprises in difficulty and their hardship risk — affected workers not yet filed —
 * so caseworkers see it before it turns into applications. Highest risk first.
 */
export function EnterpriseListPage() {
  const t = useSupportT();
  const label = useEnumLabel();
  const divisionName = useDivisionName();
  const allowed = canReadTraining(useCurrentUser().roles);
  const list = useEnterprises(allowed);
  const columns: TableColumnsType<EnterpriseRow> = [
    { key: 'name', title: t('sup.enterprise.name'), dataIndex: 'name', width: 220 },
    {
      key: 'union',
      title: t('sup.enterprise.union'),
      dataIndex: 'industryUnion',
      width: 130,
      render: (v) => v ?? '—',
    },
    {
      key: 'county',
      title: t('emp.employer.divisionCode'),
      width: 100,
      render: (_: unknown, r) => divisionName(r.divisionCode),
    },
    {
      key: 'reason',
      title: t('sup.enterprise.reason'),
      width: 100,
      render: (_: unknown, r) => label(EnterpriseReason, r.reason),
    },
    {
      key: 'workers',
      title: t('sup.enterprise.workers'),
      width: 120,
      align: 'right',
      render: (_: unknown, r) => `${r.workersTotal.toLocaleString()} / ${r.workersAffected.toLocaleString()}`,
    },
    {
      key: 'linked',
      title: t('sup.enterprise.linked'),
      width: 90,
      align: 'right',
      render: (_: unknown, r) => r.risk.linked,
    },
    {
      key: 'filed',
      title: t('sup.enterprise.filed'),
      width: 80,
      align: 'right',
      render: (_: unknown, r) => r.risk.filed,
    },
    {
      key: 'notYetFiled',
      title: t('sup.enterprise.notYetFiled'),
      width: 130,
      align: 'right',
      sorter: (a, b) => a.risk.notYetFiled - b.risk.notYetFiled,
      defaultSortOrder: 'descend',
      render: (_: unknown, r) => r.risk.notYetFiled.toLocaleString(),
    },
    {
      key: 'risk',
      title: t('sup.enterprise.risk'),
      width: 90,
      render: (_: unknown, r) => <Tag color={RISK_COLOR[r.risk.level]}>{t(`sup.risk.${r.risk.level}`)}</Tag>,
    },
    {
      key: 'measures',
      title: t('sup.enterprise.measures'),
      render: (_: unknown, r) => (
        <Space size={4} wrap>
          {r.measures.map((m) => (
            <Tag key={`${m.kind}-${m.note}`} title={m.note}>
              {label(EnterpriseMeasureKind, m.kind)}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'status',
      title: t('sup.startup.status'),
      width: 90,
      render: (_: unknown, r) => label(EnterpriseStatus, r.status),
    },
  ];
  if (!allowed) return null;
  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('sup.enterprises.title')}
      </Typography.Title>
      {list.error ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <Table<EnterpriseRow>
          rowKey="id"
          size="middle"
          loading={list.isLoading}
          columns={columns}
          dataSource={list.data ?? []}
          locale={{ emptyText: t('sup.enterprises.empty') }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
        />
      )}
    </Card>
  );
}
