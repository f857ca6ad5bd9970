import {
  canEditSupport,
  canReadTraining,
  formatFenAsYuan,
  StartupActivityKind,
  StartupStage,
  StartupStatus,
} from '@bangfu/domain';
import { Button, Card, Descriptions, Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useCurrentUser } from '../../auth/current-user';
import { QueryError } from '../../components/query-error';
import { ActivityModal } from './activity-modal';
import { type StartupCaseDetail, useStartupCase } from './support-api';
import { useEnumLabel } from './support-labels';
import { useSupportT } from './use-support-t';

type Activity = StartupCaseDetail['activities'][number];

/** One start-up case: the business, its guaranteed loan and its support activities in date order. */
export function StartupDetailPage() {
  const t = useSupportT();
  const label = useEnumLabel();
  const { id = '' } = useParams();
  const roles = useCurrentUser().roles;
  const detail = useStartupCase(id, canReadTraining(roles));
  const [adding, setAdding] = useState(false);
  if (detail.error) return <QueryError error={detail.error} onRetry={() => detail.refetch()} />;
  const c = detail.data;
  if (!c) return <Card loading />;
  const loan = c.loan
    ? t('sup.startup.loanLine', {
        lender: c.loan.lender,
        amount: formatFenAsYuan(c.loan.amountFen),
        months: c.loan.termMonths,
        subsidy: c.loan.interestSubsidyPermille,
        guarantor: c.loan.guaranteeOrg,
      })
    : t('sup.startup.noLoan');
  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {c.businessName}
      </Typography.Title>
      <Descriptions column={2} size="small" bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('sup.startup.member')}>{c.memberName}</Descriptions.Item>
        <Descriptions.Item label={t('sup.startup.sector')}>{c.sector}</Descriptions.Item>
        <Descriptions.Item label={t('sup.startup.stage')}>{label(StartupStage, c.stage)}</Descriptions.Item>
        <Descriptions.Item label={t('sup.startup.status')}>
          {label(StartupStatus, c.status)}
        </Descriptions.Item>
        <Descriptions.Item label={t('sup.startup.openedOn')}>{c.openedOn}</Descriptions.Item>
        <Descriptions.Item label={t('sup.startup.loan')}>{loan}</Descriptions.Item>
      </Descriptions>
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t('sup.startup.activities')}</Typography.Text>
        {canEditSupport(roles) && c.status === 'OPEN' && (
          <Button size="small" onClick={() => setAdding(true)} data-testid="startup-add-activity">
            {t('sup.activity.add')}
          </Button>
        )}
      </Flex>
      <Table<Activity>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={c.activities}
        locale={{ emptyText: t('sup.startup.noActivities') }}
        columns={[
          { key: 'heldOn', title: t('sup.activity.heldOn'), dataIndex: 'heldOn', width: 110 },
          {
            key: 'kind',
            title: t('sup.activity.kind'),
            width: 110,
            render: (_: unknown, a) => label(StartupActivityKind, a.kind),
          },
          { key: 'note', title: t('sup.activity.note'), dataIndex: 'note' },
          { key: 'outcome', title: t('sup.activity.outcome'), dataIndex: 'outcome', render: (v) => v ?? '—' },
        ]}
      />
      <ActivityModal caseId={c.id} version={c.version} open={adding} onClose={() => setAdding(false)} />
    </Card>
  );
}
