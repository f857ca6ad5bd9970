import { formatFen } from '@bangfu/client';
import { FestivalItemStatus, HardshipCategory } from '@bangfu/domain';
import { Button, Flex, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { EnumSelect } from '../../components/enum-select';
import { PagedTable } from '../../employment/components/paged-table';
import { useEnumLabel } from '../../i18n/use-enum-label';
import type { Campaign, CampaignItem } from '../api/types';
import { useCampaignItems, useIncludeItem } from '../api/use-festival';
import { AidErrorAlert } from '../components/aid-error-alert';
import { useAidT } from '../i18n/use-aid-t';
import { EDIT_FESTIVAL_ROLES, useHasAidRole } from '../permissions';
import { ExcludeModal } from './exclude-modal';

const COLOR: Record<FestivalItemStatus, string> = { LISTED: 'blue', EXCLUDED: 'default', PAID: 'green' };

/** 名单: the campaign's households (names masked); before approval one may be excluded or put back. */
export function CampaignItems({ campaign }: { campaign: Campaign }) {
  const t = useAidT();
  const label = useEnumLabel();
  const [status, setStatus] = useState<FestivalItemStatus>();
  const [excluding, setExcluding] = useState<CampaignItem | null>(null);
  const list = useCampaignItems(campaign.id, status);
  const include = useIncludeItem();
  const reviewing = useHasAidRole(EDIT_FESTIVAL_ROLES) && campaign.status === 'LISTED';
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const columns: TableColumnsType<CampaignItem> = [
    { key: 'head', title: t('aid.fest.head'), dataIndex: 'maskedName' },
    { key: 'category', title: t('aid.fest.category'), render: (_, i) => label(HardshipCategory, i.category) },
    { key: 'amount', title: t('aid.fest.amount'), align: 'right', render: (_, i) => formatFen(i.amountFen) },
    {
      key: 'status',
      title: t('aid.fest.itemStatus'),
      render: (_, i) => <Tag color={COLOR[i.status]}>{label(FestivalItemStatus, i.status)}</Tag>,
    },
    { key: 'reason', title: t('aid.fest.reason'), dataIndex: 'excludedReason', ellipsis: true },
  ];
  if (reviewing) {
    columns.push({
      key: 'action',
      render: (_, i) =>
        i.status === 'LISTED' ? (
          <Button size="small" danger onClick={() => setExcluding(i)} data-testid="item-exclude">
            {t('aid.fest.exclude')}
          </Button>
        ) : i.status === 'EXCLUDED' ? (
          <Button
            size="small"
            loading={include.isPending}
            onClick={() => include.mutate({ itemId: i.id, expectedVersion: i.version })}
            data-testid="item-include"
          >
            {t('aid.fest.include')}
          </Button>
        ) : null,
    });
  }
  return (
    <Flex vertical gap={8}>
      <EnumSelect
        enumDef={FestivalItemStatus}
        allowClear
        value={status}
        onChange={(v) => setStatus(v as FestivalItemStatus | undefined)}
        placeholder={t('aid.fest.allStatuses')}
        style={{ width: 180 }}
      />
      <AidErrorAlert error={include.error} />
      <PagedTable<CampaignItem>
        list={list}
        rows={rows}
        columns={columns}
        rowTestId="campaign-item-row"
        idAttribute="item-id"
        emptyText={t('aid.pay.none')}
        loadMoreTestId="campaign-items-more"
      />
      {excluding && <ExcludeModal item={excluding} onClose={() => setExcluding(null)} />}
    </Flex>
  );
}
