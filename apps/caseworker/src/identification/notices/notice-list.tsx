import { formatDate, useLang } from '@bangfu/client';
import { NoticeStatus } from '@bangfu/domain';
import { Button, Flex, Select, Table, Tag } from 'antd';
import type { HTMLAttributes } from 'react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useEnumLabel } from '../../i18n/use-enum-label';
import type { NoticeListItem } from '../api/types';
import { useNoticeList } from '../api/use-notices';
import { StepErrorAlert } from '../components/step-error-alert';
import { useIdentT } from '../i18n/use-ident-t';

const COLOUR: Record<NoticeStatus, string> = { OPEN: 'blue', ENDED: 'green', WITHDRAWN: 'red' };

/** A union's notices (its subtree), open ones first, with end dates, days left and objections. */
export function NoticeList({ orgId }: { orgId: string }) {
  const t = useIdentT();
  const { lang } = useLang();
  const label = useEnumLabel();
  const [status, setStatus] = useState<NoticeStatus | undefined>(undefined);
  const list = useNoticeList(orgId, status, true);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Flex vertical gap={8} data-testid="notice-list">
      <Select<NoticeStatus | ''>
        style={{ width: 200 }}
        value={status ?? ''}
        onChange={(v) => setStatus(v || undefined)}
        data-testid="notice-list-status"
        options={[
          { value: '', label: t('id.notices.all') },
          ...NoticeStatus.values.map((s) => ({ value: s, label: label(NoticeStatus, s) })),
        ]}
      />
      <StepErrorAlert error={list.error} />
      <Table<NoticeListItem>
        rowKey="id"
        size="small"
        loading={list.isPending}
        pagination={false}
        dataSource={rows}
        onRow={(r) =>
          ({ 'data-testid': 'notice-row', 'data-household-id': r.householdId }) as HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            title: t('id.inbox.head'),
            render: (_, r) => <Link to={`/identification/cases/${r.householdId}`}>{r.headName}</Link>,
          },
          { title: t('id.inbox.org'), dataIndex: 'orgName' },
          {
            title: t('id.notices.status'),
            render: (_, r) => <Tag color={COLOUR[r.status]}>{label(NoticeStatus, r.status)}</Tag>,
          },
          {
            title: t('id.notices.period'),
            render: (_, r) => `${formatDate(r.startDate, lang)} – ${formatDate(r.endDate, lang)}`,
          },
          {
            title: t('id.notices.daysLeft'),
            render: (_, r) => (r.status === 'OPEN' ? r.workingDaysLeft : '—'),
          },
          {
            title: t('id.notices.objections'),
            render: (_, r) => `${r.openObjections} / ${r.objections}`,
          },
        ]}
      />
      {list.hasNextPage && (
        <Button onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage}>
          {t('id.notices.more')}
        </Button>
      )}
    </Flex>
  );
}
