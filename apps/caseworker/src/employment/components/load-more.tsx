import { Button, Flex, Typography } from 'antd';
import { useT } from '../../i18n/use-t';

interface LoadMoreProps {
  count: number;
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
  testId: string;
}

/** The keyset-paged lists' footer: how many rows are loaded, and the next page on demand. */
export function LoadMore({ count, hasMore, loading, onLoadMore, testId }: LoadMoreProps) {
  const t = useT();
  return (
    <Flex justify="center" align="center" gap={16} style={{ marginTop: 16 }}>
      {count > 0 && <Typography.Text type="secondary">{t('emp.loadedCount', { count })}</Typography.Text>}
      {hasMore ? (
        <Button onClick={onLoadMore} loading={loading} data-testid={testId}>
          {t('emp.loadMore')}
        </Button>
      ) : (
        count > 0 && <Typography.Text type="secondary">{t('emp.allLoaded')}</Typography.Text>
      )}
    </Flex>
  );
}
