import { PlusOutlined } from '@ant-design/icons';
import { formatFen } from '@bangfu/client';
import { Festival } from '@bangfu/domain';
import { Button, Card, Flex, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { PagedTable } from '../../employment/components/paged-table';
import { useEnumLabel } from '../../i18n/use-enum-label';
import type { Campaign } from '../api/types';
import { useCampaigns } from '../api/use-festival';
import { AidNotAllowed } from '../components/not-allowed';
import { useAidT } from '../i18n/use-aid-t';
import { EDIT_FESTIVAL_ROLES, READ_FESTIVAL_ROLES, useHasAidRole } from '../permissions';
import { CampaignCreateModal } from './campaign-create-modal';
import { CampaignStatusTag } from './campaign-status-tag';

/** 送温暖: the campaigns of my scope, newest first; caseworkers start new ones here. */
export function FestivalListPage() {
  const t = useAidT();
  const label = useEnumLabel();
  const allowed = useHasAidRole(READ_FESTIVAL_ROLES);
  const canCreate = useHasAidRole(EDIT_FESTIVAL_ROLES);
  const [creating, setCreating] = useState(false);
  const list = useCampaigns(undefined);
  if (!allowed) return <AidNotAllowed />;
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const columns: TableColumnsType<Campaign> = [
    {
      key: 'name',
      title: t('aid.fest.name'),
      render: (_, c) => <Link to={`/aid/festival/${c.id}`}>{c.name}</Link>,
    },
    {
      key: 'festival',
      title: t('aid.fest.festival'),
      render: (_, c) => `${c.year} ${label(Festival, c.festival)}`,
    },
    { key: 'status', title: t('aid.fest.status'), render: (_, c) => <CampaignStatusTag status={c.status} /> },
    { key: 'count', title: t('aid.fest.count'), dataIndex: 'totalCount', align: 'right' },
    { key: 'total', title: t('aid.fest.total'), align: 'right', render: (_, c) => formatFen(c.totalFen) },
    {
      key: 'paid',
      title: t('aid.ledger.paid'),
      render: (_, c) => t('aid.fest.paidOf', { paid: c.paidCount, total: c.totalCount }),
    },
  ];
  return (
    <Card>
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('aid.fest.title')}
        </Typography.Title>
        {canCreate && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="campaign-new"
          >
            {t('aid.fest.new')}
          </Button>
        )}
      </Flex>
      <PagedTable<Campaign>
        list={list}
        rows={rows}
        columns={columns}
        rowTestId="campaign-row"
        idAttribute="campaign-id"
        emptyText={t('aid.fest.empty')}
        loadMoreTestId="campaign-load-more"
      />
      {creating && <CampaignCreateModal onClose={() => setCreating(false)} />}
    </Card>
  );
}
