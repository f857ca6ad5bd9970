import type { UseQueryResult } from '@tanstack/react-query';
import { Empty, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { QueryError } from '../../../components/query-error';
import { useDashT } from '../i18n/use-dash-t';

interface QueryBodyProps<T> {
  query: UseQueryResult<T>;
  isEmpty?: (data: T) => boolean;
  children: (data: T) => ReactNode;
}

/** A dashboard panel's loading skeleton, error (with retry), empty state, or its content. */
export function QueryBody<T>({ query, isEmpty, children }: QueryBodyProps<T>) {
  const t = useDashT();
  if (query.isPending)
    return (
      <div data-testid="dash-loading">
        <Skeleton active paragraph={{ rows: 8 }} />
      </div>
    );
  if (query.isError) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  if (isEmpty?.(query.data)) return <Empty description={t('dash.empty')} data-testid="dash-empty" />;
  return <>{children(query.data)}</>;
}

/** An empty chart-and-table block. */
export function NoFigures() {
  const t = useDashT();
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dash.empty')} />;
}
