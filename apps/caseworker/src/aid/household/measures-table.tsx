import { formatDate, formatFen, useLang } from '@bangfu/client';
import { AidMeasureKind, AidMeasureStatus, HardshipCause } from '@bangfu/domain';
import { Table, type TableColumnsType, Tag } from 'antd';
import type { HTMLAttributes } from 'react';
import { useEnumLabel } from '../../i18n/use-enum-label';
import type { AidMeasure } from '../api/types';
import { useAidT } from '../i18n/use-aid-t';

const STATUS_COLOR: Record<AidMeasureStatus, string> = {
  PLANNED: 'default',
  IN_PROGRESS: 'blue',
  DONE: 'green',
};

/** The measures of one plan: what, against which cause, by when, how far. */
export function MeasuresTable({ measures }: { measures: readonly AidMeasure[] }) {
  const t = useAidT();
  const { lang } = useLang();
  const label = useEnumLabel();
  const columns: TableColumnsType<AidMeasure> = [
    { key: 'seq', title: '#', dataIndex: 'seq', width: 40 },
    { key: 'kind', title: t('aid.measure.kind'), render: (_, m) => label(AidMeasureKind, m.kind) },
    { key: 'cause', title: t('aid.measure.cause'), render: (_, m) => label(HardshipCause, m.cause) },
    { key: 'description', title: t('aid.measure.description'), dataIndex: 'description', ellipsis: true },
    { key: 'target', title: t('aid.measure.targetDate'), render: (_, m) => formatDate(m.targetDate, lang) },
    {
      key: 'amount',
      title: t('aid.measure.amount'),
      align: 'right',
      render: (_, m) => formatFen(m.plannedAmountFen),
    },
    {
      key: 'status',
      title: t('aid.measure.status'),
      render: (_, m) => <Tag color={STATUS_COLOR[m.status]}>{label(AidMeasureStatus, m.status)}</Tag>,
    },
  ];
  return (
    <Table<AidMeasure>
      rowKey="id"
      size="small"
      pagination={false}
      columns={columns}
      dataSource={[...measures]}
      scroll={{ x: 'max-content' }}
      onRow={() => ({ 'data-testid': 'aid-measure-row' }) as HTMLAttributes<HTMLElement>}
    />
  );
}
