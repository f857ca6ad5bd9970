import { Button, Empty, Flex, Table, Typography } from 'antd';
import type { HTMLAttributes, MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import type { HouseholdListItem } from '../../api/types';
import { useT } from '../../i18n/use-t';
import { useHouseholdColumns } from './household-columns';

interface HouseholdTableProps {
  rows: HouseholdListItem[];
  loading: boolean;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
}

export function HouseholdTable({ rows, loading, hasMore, loadingMore, onLoadMore }: HouseholdTableProps) {
  const t = useT();
  const navigate = useNavigate();
  const columns = useHouseholdColumns();
  const onRow = (row: HouseholdListItem) =>
    ({
      'data-testid': 'household-row',
      'data-household-id': row.id,
      'data-head-name': row.headName,
      style: { cursor: 'pointer' },
      onClick: (e: MouseEvent<HTMLElement>) => {
        // A click on the name link (or any control) already does its own thing.
        if ((e.target as HTMLElement).closest('a,button')) return;
        navigate(`/households/${row.id}`);
      },
    }) as HTMLAttributes<HTMLElement>;
  return (
    <>
      <Table<HouseholdListItem>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        onRow={onRow}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('emptyList')}>{t('emptyListHint')}</Empty> }}
      />
      <Flex justify="center" align="center" gap={16} style={{ marginTop: 16 }}>
        {rows.length > 0 && (
          <Typography.Text type="secondary">{t('loadedCount', { count: rows.length })}</Typography.Text>
        )}
        {hasMore ? (
          <Button onClick={onLoadMore} loading={loadingMore} data-testid="household-load-more">
            {t('loadMore')}
          </Button>
        ) : (
          rows.length > 0 && <Typography.Text type="secondary">{t('allLoaded')}</Typography.Text>
        )}
      </Flex>
    </>
  );
}
