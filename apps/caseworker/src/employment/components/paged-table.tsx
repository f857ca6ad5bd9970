import { errorMessage, useLang } from '@bangfu/client';
import { Alert, Empty, Table, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { QueryError } from '../../components/query-error';
import { LoadMore } from './load-more';

/** The parts of a TanStack infinite query a keyset-paged table reads. */
export interface PagedList {
  data: unknown;
  error: unknown;
  isError: boolean;
  isPending: boolean;
  isPlaceholderData: boolean;
  isFetching: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  hasNextPage: boolean;
  fetchNextPage: () => unknown;
  refetch: () => unknown;
}

interface PagedTableProps<Row extends { id: string }> {
  list: PagedList;
  rows: Row[];
  columns: TableColumnsType<Row>;
  /** `data-testid` of each row (e.g. 'fair-row'); the row's id goes in `data-<idAttribute>`. */
  rowTestId: string;
  idAttribute: string;
  emptyText: string;
  loadMoreTestId: string;
}

/**
 * A keyset-paged list: the table, its empty and error states, and "load more". Errors loading a
 * further page keep the rows already shown.
 */
export function PagedTable<Row extends { id: string }>(props: PagedTableProps<Row>) {
  const { list, rows } = props;
  const { lang } = useLang();
  if (list.isError && !list.data) return <QueryError error={list.error} onRetry={() => list.refetch()} />;
  return (
    <>
      {list.isFetchNextPageError && (
        <Alert type="error" showIcon title={errorMessage(list.error, lang)} style={{ marginBottom: 16 }} />
      )}
      <Table<Row>
        rowKey="id"
        size="middle"
        columns={props.columns}
        dataSource={rows}
        loading={list.isPending || (list.isPlaceholderData && list.isFetching)}
        pagination={false}
        scroll={{ x: 'max-content' }}
        onRow={(row) =>
          ({
            'data-testid': props.rowTestId,
            [`data-${props.idAttribute}`]: row.id,
          }) as HTMLAttributes<HTMLElement>
        }
        locale={{ emptyText: <Empty description={props.emptyText} /> }}
      />
      <LoadMore
        count={rows.length}
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoadMore={() => list.fetchNextPage()}
        testId={props.loadMoreTestId}
      />
    </>
  );
}
