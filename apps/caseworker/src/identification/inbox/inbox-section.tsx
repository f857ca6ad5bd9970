import { formatDate, formatInstant, useLang } from '@bangfu/client';
import { Badge, Card, Empty, Table } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router';
import { StatusTag } from '../../components/status-tag';
import { useIdentT } from '../i18n/use-ident-t';
import type { InboxRow, InboxSectionData } from './inbox-types';

const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

/** One inbox list: a count, up to the first page of cases, each linking to its case page. */
export function InboxSection({ section }: { section: InboxSectionData }) {
  const t = useIdentT();
  const { lang } = useLang();
  const when = (v: string | null) => (v ? (isDate(v) ? formatDate(v, lang) : formatInstant(v, lang)) : '—');
  return (
    <Card
      size="small"
      data-testid={`inbox-${section.key}`}
      title={
        <span>
          {t(section.title)} <Badge count={section.count} showZero color={section.count ? 'blue' : 'gray'} />
        </span>
      }
    >
      {section.rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('id.inbox.empty')} />
      ) : (
        <Table<InboxRow>
          size="small"
          rowKey="householdId"
          pagination={false}
          dataSource={section.rows}
          onRow={(r) =>
            ({
              'data-testid': 'inbox-row',
              'data-household-id': r.householdId,
            }) as HTMLAttributes<HTMLElement>
          }
          columns={[
            {
              title: t('id.inbox.head'),
              dataIndex: 'headName',
              render: (name: string, r) => <Link to={`/identification/cases/${r.householdId}`}>{name}</Link>,
            },
            { title: t('id.inbox.org'), dataIndex: 'orgName', render: (v: string | null) => v ?? '—' },
            {
              title: t('id.inbox.status'),
              dataIndex: 'status',
              render: (v: InboxRow['status'], r) => (
                <>
                  {v && <StatusTag value={v} />}
                  {r.extra}
                </>
              ),
            },
            { title: t('id.inbox.since'), dataIndex: 'since', render: when },
          ]}
        />
      )}
      {section.count > section.rows.length && (
        <div style={{ marginTop: 8, color: '#888' }}>
          {t('id.inbox.more', { shown: section.rows.length, count: section.count })}
        </div>
      )}
    </Card>
  );
}
