import { formatInstant, useLang } from '@bangfu/client';
import { SpotCheckOutcome } from '@bangfu/domain';
import { Button, Card, Space, Table, Tag } from 'antd';
import type { HTMLAttributes } from 'react';
import { useEnumLabel } from '../../i18n/use-enum-label';
import type { SpotCheckSummary } from '../api/types';
import { useSpotCheckList } from '../api/use-oversight';
import { StepErrorAlert } from '../components/step-error-alert';
import { useIdentT } from '../i18n/use-ident-t';

/** 以往抽查: every check drawn in the user's subtree, newest first, with its findings so far. */
export function SpotCheckHistory({
  selected,
  onOpen,
}: {
  selected: string | null;
  onOpen: (id: string) => void;
}) {
  const t = useIdentT();
  const { lang } = useLang();
  const label = useEnumLabel();
  const list = useSpotCheckList(true);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Card size="small" title={t('id.spot.history')} data-testid="spot-check-history">
      <StepErrorAlert error={list.error} />
      <Table<SpotCheckSummary>
        rowKey="id"
        size="small"
        loading={list.isPending}
        pagination={false}
        dataSource={rows}
        rowClassName={(r) => (r.id === selected ? 'ant-table-row-selected' : '')}
        onRow={(r) => ({ 'data-testid': 'spot-check-row', 'data-id': r.id }) as HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('id.spot.drawnAt'), render: (_, r) => formatInstant(r.drawnAt, lang) },
          { title: t('id.spot.org'), dataIndex: 'orgName' },
          { title: t('id.spot.seed'), dataIndex: 'seed' },
          { title: t('id.spot.population'), dataIndex: 'populationCount' },
          { title: t('id.spot.sample'), dataIndex: 'sampleCount' },
          { title: t('id.spot.checked'), render: (_, r) => `${r.checkedCount} / ${r.sampleCount}` },
          {
            title: t('id.spot.findings'),
            render: (_, r) => (
              <Space size={4} wrap>
                {SpotCheckOutcome.values
                  .filter((o) => o !== 'CORRECT' && r.outcomes[o] > 0)
                  .map((o) => (
                    <Tag key={o} color="red">
                      {label(SpotCheckOutcome, o)} {r.outcomes[o]}
                    </Tag>
                  ))}
              </Space>
            ),
          },
          {
            title: '',
            render: (_, r) => (
              <Button size="small" onClick={() => onOpen(r.id)} data-testid="spot-check-open">
                {t('id.spot.open')}
              </Button>
            ),
          },
        ]}
      />
      {list.hasNextPage && (
        <Button
          onClick={() => list.fetchNextPage()}
          loading={list.isFetchingNextPage}
          style={{ marginTop: 8 }}
        >
          {t('id.notices.more')}
        </Button>
      )}
    </Card>
  );
}
