import { formatInstant, useLang } from '@bangfu/client';
import { WorkerRequestKind, WorkerRequestStatus } from '@bangfu/domain';
import { Button, Card, Empty, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useCurrentUser } from '../../auth/current-user';
import { EnumSelect } from '../../components/enum-select';
import { OrgTreeSelect } from '../../components/org-tree-select';
import { QueryError } from '../../components/query-error';
import { useEnumLabel } from '../../i18n/use-enum-label';
import type { WorkerRequest } from '../api/types';
import { useWorkerRequests } from '../api/use-portal-staff';
import { AidNotAllowed } from '../components/not-allowed';
import { useAidT } from '../i18n/use-aid-t';
import { CARD_ROLES, useHasAidRole } from '../permissions';
import { HandleRequestModal } from './handle-request-modal';

/** 职工诉求: objections, appeals and change reports raised in the portal, to be handled. */
export function WorkerRequestsPage() {
  const t = useAidT();
  const { lang } = useLang();
  const label = useEnumLabel();
  const me = useCurrentUser();
  const allowed = useHasAidRole(CARD_ROLES);
  const [orgId, setOrgId] = useState<string | undefined>(me.org.id);
  const [status, setStatus] = useState<WorkerRequestStatus | undefined>('OPEN');
  const [handling, setHandling] = useState<WorkerRequest | null>(null);
  const list = useWorkerRequests(allowed ? orgId : undefined, status);
  if (!allowed) return <AidNotAllowed />;
  const columns: TableColumnsType<WorkerRequest> = [
    {
      key: 'at',
      title: t('aid.req.raisedAt'),
      render: (_, r) => formatInstant(r.createdAt, lang),
      width: 150,
    },
    {
      key: 'file',
      title: t('aid.ledger.fileNo'),
      render: (_, r) => <Link to={`/households/${r.householdId}`}>{r.fileNo ?? '—'}</Link>,
    },
    { key: 'head', title: t('aid.ledger.head'), dataIndex: 'headName' },
    { key: 'kind', title: t('aid.req.kind'), render: (_, r) => label(WorkerRequestKind, r.kind) },
    { key: 'text', title: t('aid.req.text'), dataIndex: 'text', ellipsis: true },
    {
      key: 'status',
      title: t('aid.pay.status'),
      render: (_, r) => (
        <Tag color={r.status === 'OPEN' ? 'gold' : 'green'}>{label(WorkerRequestStatus, r.status)}</Tag>
      ),
    },
    { key: 'handling', title: t('aid.req.handling'), dataIndex: 'handling', ellipsis: true },
    {
      key: 'action',
      fixed: 'right',
      render: (_, r) =>
        r.status === 'OPEN' && (
          <Button size="small" type="primary" onClick={() => setHandling(r)} data-testid="request-handle">
            {t('aid.req.handle')}
          </Button>
        ),
    },
  ];
  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('aid.req.title')}
      </Typography.Title>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <OrgTreeSelect value={orgId} onChange={setOrgId} style={{ width: 260 }} data-testid="requests-org" />
        <EnumSelect
          enumDef={WorkerRequestStatus}
          allowClear
          value={status}
          onChange={(v) => setStatus(v as WorkerRequestStatus | undefined)}
          style={{ width: 160 }}
          placeholder={t('aid.pay.status')}
        />
      </Flex>
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <Table<WorkerRequest>
          rowKey="id"
          loading={list.isPending && Boolean(orgId)}
          columns={columns}
          dataSource={list.data ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          onRow={() => ({ 'data-testid': 'worker-request-row' }) as HTMLAttributes<HTMLElement>}
          locale={{ emptyText: <Empty description={t('aid.req.empty')} /> }}
        />
      )}
      {handling && <HandleRequestModal request={handling} onClose={() => setHandling(null)} />}
    </Card>
  );
}
