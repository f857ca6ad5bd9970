import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { errorMessage, useLang } from '@bangfu/client';
import { canEditHousehold } from '@bangfu/domain';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useHouseholdList } from '../../api/use-households';
import { useCurrentUser } from '../../auth/current-user';
import { QueryError } from '../../components/query-error';
import { useT } from '../../i18n/use-t';
import { RosterExportButton } from '../import/roster-export-button';
import { useImportT } from '../import/use-import-t';
import { HouseholdFilters } from './household-filters';
import { HouseholdTable } from './household-table';
import { toListInput } from './list-filters';
import { useListFilters } from './use-list-filters';

export function HouseholdListPage() {
  const t = useT();
  const ti = useImportT();
  const { lang } = useLang();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const [filters, setFilters] = useListFilters();
  const list = useHouseholdList(toListInput(filters));
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Card>
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('listTitle')}
        </Typography.Title>
        <Flex gap={8} wrap>
          <RosterExportButton />
          {canEditHousehold(me.roles) && (
            <Button
              icon={<FileExcelOutlined />}
              onClick={() => navigate('/households/import')}
              data-testid="household-import"
            >
              {ti('hi.toolbar.import')}
            </Button>
          )}
          {canEditHousehold(me.roles) && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate('/households/new')}
              data-testid="household-new"
            >
              {t('newHousehold')}
            </Button>
          )}
        </Flex>
      </Flex>
      <HouseholdFilters filters={filters} onChange={setFilters} />
      {list.isFetchNextPageError && (
        <Alert type="error" showIcon title={errorMessage(list.error, lang)} style={{ marginBottom: 16 }} />
      )}
      {list.isError && !list.data ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <HouseholdTable
          rows={rows}
          loading={list.isPending || (list.isPlaceholderData && list.isFetching)}
          hasMore={list.hasNextPage}
          loadingMore={list.isFetchingNextPage}
          onLoadMore={() => list.fetchNextPage()}
        />
      )}
    </Card>
  );
}
