import { PlusOutlined } from '@ant-design/icons';
import { errorMessage, useLang } from '@bangfu/client';
import { Alert, Button, Card, Empty, Flex, Table, Typography } from 'antd';
import { type HTMLAttributes, useCallback, useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { QueryError } from '../../components/query-error';
import { useT } from '../../i18n/use-t';
import type { PositionRow } from '../api/types';
import { usePositionList } from '../api/use-positions';
import { LoadMore } from '../components/load-more';
import { useCanEditEmployment } from '../permissions';
import { usePositionColumns } from './position-columns';
import { PositionFilterBar } from './position-filter-bar';
import {
  type PositionFilters,
  readPositionFilters,
  toPositionListInput,
  writePositionFilters,
} from './position-filters';

/** 招聘岗位: every position in reach, filtered by category, county, status and whether it is listed. */
export function PositionListPage() {
  const t = useT();
  const { lang } = useLang();
  const navigate = useNavigate();
  const canEdit = useCanEditEmployment();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readPositionFilters(params), [params]);
  const setFilters = useCallback(
    (patch: Partial<PositionFilters> | null) =>
      setParams(writePositionFilters(patch === null ? { listedOnly: false } : { ...filters, ...patch }), {
        replace: true,
      }),
    [filters, setParams],
  );
  const list = usePositionList(toPositionListInput(filters));
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const columns = usePositionColumns();
  const newHref = filters.employerId
    ? `/employment/positions/new?employer=${filters.employerId}`
    : '/employment/positions/new';
  return (
    <Card>
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('emp.positions.title')}
        </Typography.Title>
        {canEdit && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => navigate(newHref)}
            data-testid="position-new"
          >
            {t('emp.positions.new')}
          </Button>
        )}
      </Flex>
      <PositionFilterBar filters={filters} onChange={setFilters} />
      {list.isFetchNextPageError && (
        <Alert type="error" showIcon title={errorMessage(list.error, lang)} style={{ marginBottom: 16 }} />
      )}
      {list.isError && !list.data ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <>
          <Table<PositionRow>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={rows}
            loading={list.isPending || (list.isPlaceholderData && list.isFetching)}
            pagination={false}
            scroll={{ x: 'max-content' }}
            onRow={(row) =>
              ({ 'data-testid': 'position-row', 'data-position-id': row.id }) as HTMLAttributes<HTMLElement>
            }
            locale={{ emptyText: <Empty description={t('emp.positions.empty')} /> }}
          />
          <LoadMore
            count={rows.length}
            hasMore={list.hasNextPage}
            loading={list.isFetchingNextPage}
            onLoadMore={() => list.fetchNextPage()}
            testId="position-load-more"
          />
        </>
      )}
    </Card>
  );
}
