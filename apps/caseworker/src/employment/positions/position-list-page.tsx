import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useT } from '../../i18n/use-t';
import type { PositionRow } from '../api/types';
import { usePositionList } from '../api/use-positions';
import { PagedTable } from '../components/paged-table';
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
      <PagedTable<PositionRow>
        list={list}
        rows={rows}
        columns={columns}
        rowTestId="position-row"
        idAttribute="position-id"
        emptyText={t('emp.positions.empty')}
        loadMoreTestId="position-load-more"
      />
    </Card>
  );
}
